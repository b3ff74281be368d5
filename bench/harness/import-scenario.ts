/**
 * The import scenario: `sangkien import` of a generated ~200,000-row dataset (bench/import-dataset.ts)
 * into a fresh database, in its own process, against the floor of the same CSV files COPYed raw
 * into text tables (no parsing, checking, tree or aggregates).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { writeImportDataset } from '../import-dataset.ts';
import { BIN, openBenchDatabase, runCli } from './database.ts';

export interface ImportResult {
  rows: number;
  seconds: number;
  rows_per_second: number;
  peak_rss_mb: number;
  floor_seconds: number;
  floor_rows_per_second: number;
}

async function copyFloor(url: string, dir: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('create schema bench_floor');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const header = fs.readFileSync(path.join(dir, file), 'utf8').split('\n', 1)[0]!.split(',');
      const table = `bench_floor.${path.basename(file, '.csv')}`;
      await client.query(`create unlogged table ${table} (${header.map((h) => `"${h}" text`).join(', ')})`);
      await pipeline(
        fs.createReadStream(path.join(dir, file)),
        client.query(copyFrom(`copy ${table} from stdin with (format csv, header true)`)),
      );
    }
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

export async function importScenario(scale: number): Promise<ImportResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-bench-import-'));
  const dataset = path.join(work, 'dataset');
  const { rows } = writeImportDataset(dataset, scale);
  const db = await openBenchDatabase(undefined, 'sk_bench_import');
  try {
    runCli(db.url, ['migrate']);
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'import', dataset], {
      env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', DATABASE_URL: db.url },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`import failed:\n${result.stderr}`);
    const peakKb = Number(result.stderr.trim().split('\n').at(-1));
    const floorSeconds = await copyFloor(db.url, dataset);
    return {
      rows,
      seconds: +seconds.toFixed(2),
      rows_per_second: Math.round(rows / seconds),
      peak_rss_mb: Math.round(peakKb / 1024),
      floor_seconds: +floorSeconds.toFixed(2),
      floor_rows_per_second: Math.round(rows / floorSeconds),
    };
  } finally {
    await db.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
