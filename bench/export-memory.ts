/**
 * Peak resident memory of `sangkien export` on a loaded PostgreSQL database (issue 5: the full
 * export of ~2,000,000 initiatives must stream in bounded memory, under 300 MB).
 *   DATABASE_URL=postgres://…/sk_national node --import tsx bench/export-memory.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Cách dùng: DATABASE_URL=postgres://… node --import tsx bench/export-memory.ts');
  process.exit(2);
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-export-'));
const bin = path.join(import.meta.dirname, '../apps/server/bin/sangkien.js');
const started = Date.now();
const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'export', out], {
  env: { ...process.env, DATABASE_URL: url },
  encoding: 'utf8',
});
const seconds = (Date.now() - started) / 1000;
if (run.status !== 0) throw new Error(`export failed:\n${run.stdout}${run.stderr}`);
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
const rows = (table: string) => Number(new RegExp(`${table}: (\\d+) dòng`).exec(run.stdout + run.stderr)?.[1]);
const result = {
  when: new Date().toISOString(),
  load_average: os.loadavg()[0],
  initiatives_rows: rows('initiatives'),
  members_rows: rows('members'),
  seconds,
  peak_rss_mb: Math.round(peakKb / 1024),
  target_mb: 300,
};
fs.rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
fs.writeFileSync(
  path.join(import.meta.dirname, `results/export-memory-${result.when.slice(0, 10)}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
