/** Reads the cells of one raw table by column key, collecting `file:row: column: reason` issues. */
import { foldKey, normaliseText, parseVietnamLocal, parseVietnameseInteger, parseWindowEnd } from '@sangkien/shared';
import { TABLES } from './dataset-columns.ts';
import type { RawRow, RawTable } from './dataset-reader.ts';
import type { ImportIssue } from './import-issues.ts';

const labelList = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([key, label]) => `${key} (${label})`)
    .join(', ');

/** Reads cells of one table by column key, collecting issues. */
export class TableReader {
  private readonly index = new Map<string, { at: number; label: string }>();
  private current: RawRow = { row: 0, cells: [] };

  constructor(
    readonly raw: RawTable,
    readonly issues: ImportIssue[],
  ) {
    const spec = TABLES[raw.table];
    raw.header.forEach((header, at) => {
      const key = foldKey(header);
      const column = spec.columns.find((c) => foldKey(c.key) === key || foldKey(c.header) === key);
      if (column && !this.index.has(column.key)) this.index.set(column.key, { at, label: header });
    });
    for (const column of spec.columns) {
      if (column.required && !this.index.has(column.key)) {
        this.issue(`thiếu cột bắt buộc "${column.header}" (${column.key})`, column.key, 1);
      }
    }
  }

  get presentKeys(): Set<string> {
    return new Set(this.index.keys());
  }

  /** The row's code when the row itself had errors (it still exists for references). */
  rememberErrored(before: number, key: string, into: Set<string>): void {
    if (this.issues.length === before) return;
    const column = this.index.get(key);
    const code = column ? normaliseText(this.current.cells[column.at] ?? '') : '';
    if (code !== '') into.add(code);
  }

  get usable(): boolean {
    return TABLES[this.raw.table].columns.every((c) => !c.required || this.index.has(c.key));
  }

  at(row: RawRow): void {
    this.current = row;
  }

  label(key: string): string {
    return this.index.get(key)?.label ?? key;
  }

  issue(message: string, key?: string, row = this.current.row): void {
    this.issues.push({ file: this.raw.label, row, ...(key ? { column: this.label(key) } : {}), message });
  }

  /** The cell as NFC text with single spaces; null when empty or the column is absent. */
  text(key: string, required = false): string | null {
    const column = this.index.get(key);
    const value = column ? normaliseText(this.current.cells[column.at] ?? '') : '';
    if (value === '') {
      if (required && column) this.issue('thiếu giá trị bắt buộc', key);
      return null;
    }
    return value;
  }

  /** Multi-line text keeps its line breaks. */
  longText(key: string): string | null {
    const column = this.index.get(key);
    const value = column ? (this.current.cells[column.at] ?? '').normalize('NFC').trim() : '';
    return value === '' ? null : value;
  }

  integer(key: string, required = false): number | null {
    const text = this.text(key, required);
    if (text === null) return null;
    if (/^-\s*\d/.test(text)) {
      this.issue(`phải là số nguyên không âm, nhận được "${text}"`, key);
      return null;
    }
    const value = parseVietnameseInteger(text);
    if (value === null) this.issue(`"${text}" không phải số nguyên (ví dụ 1200 hoặc 4.955.909.731)`, key);
    return value;
  }

  instant(key: string, required: boolean, windowEnd = false): Date | null {
    const text = this.text(key, required);
    if (text === null) return null;
    const value = windowEnd ? parseWindowEnd(text) : (parseVietnamLocal(text)?.date ?? null);
    if (value === null) {
      this.issue(`"${text}" không phải ngày giờ hợp lệ (dùng YYYY-MM-DD, YYYY-MM-DDTHH:MM hoặc DD/MM/YYYY HH:MM)`, key);
    }
    return value;
  }

  choice<T>(
    key: string,
    parse: (text: string) => T | null,
    labels: Record<string, string>,
    what: string,
    fallback: T,
  ): T;
  choice<T>(key: string, parse: (text: string) => T | null, labels: Record<string, string>, what: string): T | null;
  choice<T>(
    key: string,
    parse: (text: string) => T | null,
    labels: Record<string, string>,
    what: string,
    fallback?: T,
  ) {
    const text = this.text(key, fallback === undefined);
    if (text === null) return fallback ?? null;
    const value = parse(text);
    if (value === null) this.issue(`${what} "${text}" không hợp lệ; dùng một trong: ${labelList(labels)}`, key);
    return value ?? fallback ?? null;
  }
}

/** Duplicate keys within one file: the second occurrence is the error. */
export function checkUnique<T extends { row: number }>(
  rows: T[],
  keyOf: (row: T) => string,
  reader: TableReader,
  column: string,
  what: string,
) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first !== undefined) reader.issue(`${what} "${key}" bị trùng với dòng ${first}`, column, row.row);
    else seen.set(key, row.row);
  }
}
