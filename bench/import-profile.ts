/** Where an import spends its time (each step timed), on PostgreSQL: node --import tsx bench/import-profile.ts */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrateDatabase } from '../apps/server/src/db/migrate.ts';
import { importDataset } from '../apps/server/src/features/datasets/import.service.ts';
import { writeImportDataset } from './import-dataset.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-profile-'));
writeImportDataset(work);
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('create database sk_profile');
const database = await openDatabase(
  process.argv[2] === 'pglite' ? { inMemory: true } : { databaseUrl: 'postgres://postgres@127.0.0.1:5432/sk_profile' },
);
await migrateDatabase(database);
let last = Date.now();
const started = last;
const result = await importDataset(database, work, {
  onProgress: (line) => {
    const now = Date.now();
    console.log(`${((now - last) / 1000).toFixed(2)}s  ${line}`);
    last = now;
  },
});
console.log(
  `${((Date.now() - last) / 1000).toFixed(2)}s  (recount + commit)`,
  result.ok,
  `total ${((Date.now() - started) / 1000).toFixed(2)}s`,
);
await database.close();
await admin.query('drop database sk_profile with (force)');
await admin.end();
fs.rmSync(work, { recursive: true, force: true });
