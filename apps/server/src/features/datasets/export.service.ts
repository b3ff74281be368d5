/**
 * `sangkien export PATH`: the dataset in the import format (a folder of CSV files, or one .xlsx
 * when PATH ends in .xlsx), streamed through cursors so two million rows stay in bounded memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { formatVietnamesePhone } from '@sangkien/shared';
import type { Database } from '../../db/client.ts';
import { forEachBatch } from '../../db/cursor.ts';
import { TABLES, TABLE_NAMES, type TableName } from './dataset-columns.ts';
import { EXPORT_QUERIES } from './export.repository.ts';

const BATCH = 1000;
type Row = Record<string, unknown>;

/** Seconds are dropped when zero, so exported times read like the officers' own. */
function cellText(table: TableName, key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:00$/.test(value)) return value.slice(0, 16);
  if (key === 'phone' && table === 'members') return formatVietnamesePhone(String(value)).replace(/ /g, '');
  return String(value);
}

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n';
}

async function write(stream: fs.WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export type ExportCounts = Record<TableName, number>;

export async function exportDataset(
  database: Database,
  target: string,
  onProgress: (line: string) => void = () => {},
): Promise<ExportCounts> {
  const counts = {} as ExportCounts;
  if (target.toLowerCase().endsWith('.xlsx')) {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: target,
      useSharedStrings: false,
      useStyles: false,
    });
    for (const table of TABLE_NAMES) {
      const keys = TABLES[table].columns.map((c) => c.key);
      const sheet = book.addWorksheet(TABLES[table].sheet);
      sheet.addRow(keys).commit();
      counts[table] = await forEachBatch<Row>(database, EXPORT_QUERIES[table], BATCH, async (rows) => {
        for (const row of rows) sheet.addRow(keys.map((k) => cellText(table, k, row[k]))).commit();
      });
      sheet.commit();
      onProgress(`${table}: ${counts[table]} dòng`);
    }
    await book.commit();
    return counts;
  }
  fs.mkdirSync(target, { recursive: true });
  for (const table of TABLE_NAMES) {
    const keys = TABLES[table].columns.map((c) => c.key);
    const stream = fs.createWriteStream(path.join(target, `${table}.csv`));
    await write(stream, '\uFEFF' + csvLine(keys));
    counts[table] = await forEachBatch<Row>(database, EXPORT_QUERIES[table], BATCH, async (rows) => {
      await write(stream, rows.map((row) => csvLine(keys.map((k) => cellText(table, k, row[k])))).join(''));
    });
    stream.end();
    await once(stream, 'finish');
    onProgress(`${table}: ${counts[table]} dòng`);
  }
  return counts;
}
