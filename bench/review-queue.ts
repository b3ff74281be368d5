/**
 * The review queue at scale on PostgreSQL: loads ~208,000 initiatives (bench/import-dataset.ts
 * through the real import), then times the queue of a national reviewer (every initiative in
 * scope) and of a province reviewer for common filters and sorts — p50/p99 of 30 runs after a
 * warm-up — and a bulk decision of 1,000 initiatives, then checks the aggregates against a recount.
 *   node --import tsx bench/review-queue.ts     (TEST_DATABASE_URL: admin URL, default local)
 * BENCH_KEEP=name keeps (or reuses, when it exists) the loaded database under that name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { ReviewQueueQuerySchema } from '@sangkien/shared';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrateDatabase } from '../apps/server/src/db/migrate.ts';
import { accounts, roleGrants, units } from '../apps/server/src/db/schema/index.ts';
import { loadActor } from '../apps/server/src/features/access/access.service.ts';
import { importDataset } from '../apps/server/src/features/datasets/import.service.ts';
import { decideMany, reviewQueue } from '../apps/server/src/features/reviews/reviews.service.ts';
import { verifyStats } from '../apps/server/src/features/stats/verify.service.ts';
import { writeImportDataset } from './import-dataset.ts';

const ADMIN = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 1.6);
const RUNS = 30;
const keep = process.env.BENCH_KEEP;
const name = keep ?? `sk_bench_queue_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
if (!exists) await admin.query(`create database "${name}"`);
const url = new URL(ADMIN);
url.pathname = `/${name}`;
const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });

try {
  await migrateDatabase(database);
  let started = performance.now();
  let loadSeconds = 0;
  if (!exists) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-bench-queue-'));
    writeImportDataset(dir, SCALE);
    const imported = await importDataset(database, dir);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
    loadSeconds = (performance.now() - started) / 1000;
    await database.db.execute('analyze');
  }
  const total = Number((await database.db.execute('select count(*)::int as n from initiatives')).rows[0]?.n);
  console.log(`${total} initiatives (loaded in ${loadSeconds.toFixed(1)} s)`);
  if (process.env.BENCH_LOAD_ONLY) process.exit(0);

  const reviewerOf = async (unitCode: string) => {
    const [unit] = await database.db.select().from(units).where(eq(units.code, unitCode));
    const [account] = await database.db
      .insert(accounts)
      .values({
        email: `xet-duyet-${unitCode.toLowerCase()}-${process.pid}@bench.vn`,
        displayName: `Xét duyệt ${unitCode}`,
      })
      .returning();
    await database.db.insert(roleGrants).values({ accountId: account!.id, unitId: unit!.id, role: 'reviewer' });
    return (await loadActor(database.db, account!.id, 'token', null))!;
  };
  const national = await reviewerOf('VN');
  const province = await reviewerOf('P3');
  const now = new Date('2022-06-15T03:00:00Z');

  const cases: Array<[string, typeof national, Record<string, string>]> = [
    ['national, first page (submitted_at)', national, {}],
    ['national, page 500 (offset 25,000)', national, { offset: '25000' }],
    ['national, longest waiting first', national, { sort: 'waiting', order: 'desc' }],
    ['national, by unit', national, { sort: 'unit' }],
    ['national, by title', national, { sort: 'title' }],
    ['national, q "quy trinh so 12345"', national, { q: 'quy trinh so 12345' }],
    ['national, one district (P7-D3)', national, { unit: 'P7-D3' }],
    ['national, date range 01–07/03/2022', national, { from: '2022-03-01', to: '2022-03-07' }],
    ['national, waiting > 30 days', national, { waiting_more_than_days: '30' }],
    ['national, has attachments', national, { has_attachments: '1' }],
    ['national, every status', national, { status: 'submitted,in_review,needs_revision,valid,invalid' }],
    ['province P3, first page', province, {}],
    ['province P3, q "so 9"', province, { q: 'so 9' }],
  ];
  const results: Array<{ case: string; total: number; p50_ms: number; p99_ms: number }> = [];
  console.log('| queue | in result | p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|');
  for (const [label, actor, raw] of cases) {
    const query = ReviewQueueQuerySchema.parse(raw);
    const page = await reviewQueue(database.db, actor, query, now);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await reviewQueue(database.db, actor, query, now);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(RUNS * 0.5)]!;
    const p99 = times[Math.min(RUNS - 1, Math.ceil(RUNS * 0.99) - 1)]!;
    results.push({
      case: label,
      total: page.total,
      p50_ms: Math.round(p50 * 10) / 10,
      p99_ms: Math.round(p99 * 10) / 10,
    });
    console.log(`| ${label} | ${page.total} | ${p50.toFixed(1)} | ${p99.toFixed(1)} |`);
  }

  const codes: string[] = [];
  for (let offset = 0; codes.length < 1000; offset += 200) {
    const page = await reviewQueue(
      database.db,
      province,
      ReviewQueueQuerySchema.parse({ limit: '200', offset: String(offset) }),
      now,
    );
    codes.push(...page.items.map((i) => i.code));
  }
  started = performance.now();
  const bulk = await decideMany(database, province, { codes: codes.slice(0, 1000), to: 'valid', reason: null }, now);
  const bulkMs = performance.now() - started;
  console.log(`Bulk decision of 1,000: ${bulkMs.toFixed(0)} ms (${bulk.applied} applied, ${bulk.skipped} skipped)`);
  const drift = (await verifyStats(database)).drift.length;
  console.log(`Aggregates against a recount after it: ${drift} drifted rows`);

  const out = {
    date: new Date().toISOString(),
    database: 'PostgreSQL ' + (await database.db.execute('show server_version')).rows[0]?.server_version,
    initiatives: total,
    load_seconds: Math.round(loadSeconds),
    runs_per_case: RUNS,
    queue: results,
    bulk_decision: { items: 1000, applied: bulk.applied, ms: Math.round(bulkMs) },
    drift_after_bulk: drift,
  };
  fs.mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/review-queue-${out.date.slice(0, 10)}.json`;
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`Written ${file}`);
} finally {
  await database.close();
  if (!keep) await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
