/** The first rows of a CSV file, to show before importing (the server checks every row). */
export interface CsvPreview {
  header: string[];
  rows: string[][];
  rowCount: number;
}

const SHOWN = 10;

/** Splits one line on commas outside quotes; doubled quotes inside quotes are one quote. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

export function previewCsv(text: string): CsvPreview {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [first = '', ...rest] = lines;
  return { header: splitCsvLine(first), rows: rest.slice(0, SHOWN).map(splitCsvLine), rowCount: rest.length };
}
