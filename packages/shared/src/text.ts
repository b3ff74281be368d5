/** Vietnamese text helpers: store NFC, compare and search on a folded form. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Unicode NFC with trimmed ends and single inner spaces. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
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
