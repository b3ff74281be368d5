/** Vietnamese text helpers: store NFC, compare and search on a folded form. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

const NON_ASCII = /[^ -~]/;
const UNTIDY_SPACE = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/;

/** Unicode NFC with trimmed ends and single inner spaces. */
export function normaliseText(value: string): string {
  // Imports call this for every cell: skip the work for text that is already tidy ASCII.
  const text = NON_ASCII.test(value) ? value.normalize('NFC') : value;
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Lower case, no diacritics, `đ`→`d`: "Nghệ An" and "nghe an" fold to the same string. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded form keeping only letters and digits, for matching column headers loosely. */
export function foldKey(value: string): string {
  return foldVietnamese(value).replace(/[^a-z0-9]/g, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a, ă, â, b, c, d, đ, …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Words of a folded text, for search: every query word must appear. */
export function searchTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
