/**
 * Reads a dataset (a folder of CSV files or one .xlsx workbook) into raw tables of text cells,
 * with spreadsheet row numbers (the header is row 1). Encoding and shape problems become
 * row errors here; meaning is checked by dataset-rows.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { foldKey, normaliseText } from '@sangkien/shared';
import { TABLES, TABLE_NAMES, type TableName } from './dataset-columns.ts';
import type { ImportIssue } from './import-issues.ts';

export interface RawRow {
  row: number;
  cells: string[];
}

export interface RawTable {
  table: TableName;
  /** How errors name the source: `units.csv` or `book.xlsx/Đơn vị`. */
  label: string;
  header: string[];
  rows: RawRow[];
}

export interface RawDataset {
  tables: Partial<Record<TableName, RawTable>>;
  issues: ImportIssue[];
}

function tableForName(name: string): TableName | null {
  const key = foldKey(name.replace(/\.csv$/i, ''));
  for (const table of TABLE_NAMES) {
    if (foldKey(table) === key || foldKey(TABLES[table].sheet) === key) return table;
  }
  return null;
}

/** Row of the first byte that is not valid UTF-8, to say where the file goes wrong. */
function firstInvalidUtf8Row(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const extra = c < 0x80 ? 0 : c >> 5 === 0x6 ? 1 : c >> 4 === 0xe ? 2 : c >> 3 === 0x1e ? 3 : -1;
    let ok = extra >= 0;
    for (let k = 1; ok && k <= extra; k++) ok = i + k < bytes.length && bytes[i + k]! >> 6 === 0x2;
    if (!ok) break;
    i += extra + 1;
  }
  let row = 1;
  for (let j = 0; j < i && j < bytes.length; j++) if (bytes[j] === 0x0a) row++;
  return row;
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function readCsvTable(
  table: TableName,
  label: string,
  bytes: Buffer,
): { table?: RawTable; issues: ImportIssue[] } {
  const text = decodeUtf8(bytes);
  if (text === null) {
    const row = firstInvalidUtf8Row(bytes);
    return {
      issues: [{ file: label, row, message: 'tệp không phải UTF-8; hãy lưu lại với mã hóa UTF-8 (CSV UTF-8)' }],
    };
  }
  if (text.trim() === '') return { issues: [{ file: label, row: 1, message: 'tệp rỗng, không có dòng tiêu đề' }] };
  let records: string[][];
  try {
    // Files edited in several programs mix line endings; accept each of them.
    records = parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { issues: [{ file: label, row: line, message: `không đọc được CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: index + 2, cells });
  });
  return { table: { table, label, header: (header ?? []).map((h) => normaliseText(h)), rows }, issues: [] };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Excel stores wall-clock times; exceljs hands them back as UTC fields. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return d.getUTCHours() || d.getUTCMinutes() ? `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readWorkbook(file: string): Promise<RawDataset> {
  const base = path.basename(file);
  const tables: RawDataset['tables'] = {};
  const issues: ImportIssue[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const worksheet of reader) {
      const sheetName = (worksheet as unknown as { name: string }).name;
      const table = tableForName(sheetName);
      if (!table) continue;
      const label = `${base}/${sheetName}`;
      let header: string[] | null = null;
      const rows: RawRow[] = [];
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (header === null) {
          header = values.map((h) => normaliseText(h));
          continue;
        }
        if (values.every((cell) => cell.trim() === '')) continue;
        rows.push({ row: row.number, cells: values });
      }
      if (header === null) issues.push({ file: label, row: 1, message: 'trang tính rỗng, không có dòng tiêu đề' });
      else tables[table] = { table, label, header, rows };
    }
  } catch (error) {
    return {
      tables: {},
      issues: [{ file: base, row: 1, message: `không đọc được tệp Excel: ${(error as Error).message}` }],
    };
  }
  return { tables, issues };
}

/** Reads a folder of CSV files or one .xlsx workbook. */
export async function readDataset(source: string): Promise<RawDataset> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    return { tables: {}, issues: [{ file: source, row: 0, message: 'không tìm thấy tệp hoặc thư mục' }] };
  }
  if (stat.isFile()) {
    if (/\.xlsx$/i.test(source)) return readWorkbook(source);
    const table = tableForName(path.basename(source));
    if (!table) {
      return {
        tables: {},
        issues: [{ file: path.basename(source), row: 0, message: 'cần một thư mục tệp CSV hoặc một tệp .xlsx' }],
      };
    }
    const { table: raw, issues } = readCsvTable(table, path.basename(source), fs.readFileSync(source));
    return { tables: raw ? { [table]: raw } : {}, issues };
  }
  const tables: RawDataset['tables'] = {};
  const issues: ImportIssue[] = [];
  for (const entry of fs.readdirSync(source).sort()) {
    if (!/\.csv$/i.test(entry)) continue;
    const table = tableForName(entry);
    if (!table) continue;
    const { table: raw, issues: found } = readCsvTable(table, entry, fs.readFileSync(path.join(source, entry)));
    issues.push(...found);
    if (raw) tables[table] = raw;
  }
  if (Object.keys(tables).length === 0 && issues.length === 0) {
    issues.push({
      file: path.basename(source),
      row: 0,
      message: 'không có tệp dữ liệu nào (units.csv, phases.csv, quotas.csv, members.csv, initiatives.csv)',
    });
  }
  return { tables, issues };
}
