/**
 * Import rate of a ~200,000-row dataset on PGlite and on PostgreSQL, each in its own process
 * (`sangkien import`, as an officer runs it), with the process's peak resident memory, then the
 * time of a province report and of the national report on that data.
 * Run: node --import tsx bench/import-rate.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { writeImportDataset } from './import-dataset.ts';

const BIN = path.resolve('apps/server/bin/sangkien.js');
const ADMIN = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-bench-import-'));
const dataset = path.join(work, 'dataset');
const { rows } = writeImportDataset(dataset);
console.log(`Dataset: ${rows} rows in ${dataset}`);

function timed(args: string[], env: Record<string, string>) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], {
    env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, peakMb: Math.round(peakKb / 1024) };
}

const results: Record<string, unknown> = { rows };
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
const dbName = `sk_bench_import_${process.pid}`;
await admin.query(`create database ${dbName}`);
const url = new URL(ADMIN);
url.pathname = `/${dbName}`;
try {
  for (const [name, env] of [
    ['pglite', { DATA_DIR: path.join(work, 'pglite') }],
    ['postgres', { DATABASE_URL: url.toString() }],
  ] as const) {
    timed(['migrate'], env);
    const imported = timed(['import', dataset], env);
    const again = timed(['import', dataset], env);
    const province = timed(['report', '--unit', 'P1', '--phase', 'GD1'], env);
    const national = timed(['report', '--unit', 'VN', '--phase', 'GD1'], env);
    const noop = timed(['migrate'], env);
    results[name] = {
      import_seconds: +imported.seconds.toFixed(2),
      rows_per_second: Math.round(rows / imported.seconds),
      import_peak_rss_mb: imported.peakMb,
      reimport_seconds: +again.seconds.toFixed(2),
      province_report_seconds: +(province.seconds - noop.seconds).toFixed(2),
      national_report_seconds: +(national.seconds - noop.seconds).toFixed(2),
      process_start_and_migrate_seconds: +noop.seconds.toFixed(2),
    };
    console.log(name, results[name]);
  }
} finally {
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  fs.rmSync(work, { recursive: true, force: true });
}
const out = path.resolve('bench/results');
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `import-${new Date().toISOString().slice(0, 10)}.json`);
fs.writeFileSync(
  file,
  JSON.stringify({ when: new Date().toISOString(), machine: `${os.cpus().length} cores`, ...results }, null, 2) + '\n',
);
console.log(`Wrote ${file}`);
