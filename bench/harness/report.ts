/** The bench's printed table and its results file (bench/results/<date>.json, one entry per kind of run). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportResult } from './import-scenario.ts';
import type { LoadResult } from './load.ts';

export type Row =
  | { scenario: string; available: false }
  | { scenario: string; available: true; app: LoadResult; floor: LoadResult; rss_mb: number[] };

const RESULTS = path.resolve(import.meta.dirname, '../results');

export function printTable(rows: Row[], imported: ImportResult | undefined): void {
  const lines = [
    '| scenario | requests/s | p50 ms | p99 ms | non-2xx | floor requests/s | ratio | server RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    if (!r.available) {
      lines.push(`| ${r.scenario} | not available | | | | | | |`);
      continue;
    }
    const ratio = r.floor.requests_per_second ? r.app.requests_per_second / r.floor.requests_per_second : 0;
    lines.push(
      `| ${r.scenario} | ${r.app.requests_per_second} | ${r.app.p50_ms} | ${r.app.p99_ms} | ${r.app.non_2xx + r.app.errors} | ` +
        `${r.floor.requests_per_second} | ${(ratio * 100).toFixed(0)} % | ${r.rss_mb.join(' / ')} |`,
    );
  }
  if (imported) {
    lines.push(
      `| import ${imported.rows} rows (rows/s) | ${imported.rows_per_second} | | | | ${imported.floor_rows_per_second} (raw COPY) | ` +
        `${((imported.rows_per_second / imported.floor_rows_per_second) * 100).toFixed(0)} % | ${imported.peak_rss_mb} (import process) |`,
    );
  }
  console.log(lines.join('\n'));
}

export function writeResults(label: string, result: Record<string, unknown>): string {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${new Date().toISOString().slice(0, 10)}.json`);
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all.machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`;
  all[label] = result;
  fs.writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
  console.log(`Wrote ${file} (${label})`);
  return file;
}
