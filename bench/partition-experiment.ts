/**
 * The experiment docs/scaling.md asks for: `initiatives` declaratively partitioned by province
 * (LIST on province_id = units.path[2]) in a copy of a loaded database, with the province report's
 * initiative queries timed before and after.
 *   node --import tsx bench/partition-experiment.ts --database sk_bench_province --unit NAN [--phase CODE] [--keep]
 * Measured: the app's phase report of the province (live and as of now, unchanged code: after the
 * swap its queries read the partitioned table without naming the province), and the two raw
 * initiative queries of a province report with and without the province filter that prunes.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { buildPhaseReport } from '../apps/server/src/features/reports/reports.service.ts';
import { ADMIN_URL, databaseUrl } from './harness/database.ts';
import { writeResults } from './harness/report.ts';

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    unit: { type: 'string' },
    phase: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
if (!values.database || !values.unit) {
  console.error(
    'Cách dùng: node --import tsx bench/partition-experiment.ts --database TÊN --unit MÃ_TỈNH [--phase MÃ]',
  );
  process.exit(2);
}
const copy = `${values.database}_part`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`drop database if exists "${copy}" with (force)`);
let started = performance.now();
await admin.query(`create database "${copy}" template "${values.database}"`);
console.error(`copy ${copy} in ${((performance.now() - started) / 1000).toFixed(0)} s`);

const url = databaseUrl(copy);
const client = new pg.Client({ connectionString: url });
await client.connect();
const { rows: ctx } = await client.query<{ province: number; phase: string; phase_id: number; initiatives: string }>(
  `select u.id as province, p.code as phase, p.id as phase_id, (select count(*) from initiatives) as initiatives
     from units u, phases p where u.code = $1 and ($2::text is null and p.starts_at < now() or p.code = $2)
    order by p.starts_at limit 1`,
  [values.unit, values.phase ?? null],
);
const { province, phase, phase_id: phaseId, initiatives } = ctx[0]!;

async function median(run: () => Promise<unknown>, times = 5): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  return +ms.sort((a, b) => a - b)[Math.floor(times / 2)]!.toFixed(1);
}

const subtree = `join units u on u.id = i.unit_id where u.path @> array[${province}] and i.phase_id = ${phaseId}`;
const pruned = `where i.province_id = ${province} and i.phase_id = ${phaseId}`;
const q = {
  top: (where: string) =>
    `select i.code, i.benefit_vnd_year from initiatives i ${where} and i.status = 'valid'
       and i.benefit_vnd_year is not null order by i.benefit_vnd_year desc, i.code limit 10`,
  recount: (where: string) =>
    `select i.status, count(*), sum(i.benefit_vnd_year) from initiatives i ${where} group by i.status`,
};

async function measure(label: string, withProvince: boolean) {
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const now = new Date();
  try {
    const result: Record<string, number> = {
      report_live_ms: await median(() => buildPhaseReport(database.db, values.unit!, phase, { now }), 3),
      report_as_of_ms: await median(() => buildPhaseReport(database.db, values.unit!, phase, { now, asOf: now }), 3),
      top_benefit_subtree_ms: await median(() => client.query(q.top(subtree))),
      recount_subtree_ms: await median(() => client.query(q.recount(subtree))),
    };
    if (withProvince) {
      result.top_benefit_province_filter_ms = await median(() => client.query(q.top(pruned)));
      result.recount_province_filter_ms = await median(() => client.query(q.recount(pruned)));
    }
    console.error(label, result);
    return result;
  } finally {
    await database.close();
  }
}

try {
  // Both sides measured with fresh statistics (a just-loaded demo has none until autovacuum runs).
  await client.query('vacuum analyze');
  const before = await measure('before (one table)', false);
  started = performance.now();
  const { rows: cols } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
      where table_name = 'initiatives' and table_schema = 'public' and is_generated = 'NEVER' order by ordinal_position`,
  );
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where tablename = 'initiatives' and schemaname = 'public'`,
  );
  const { rows: provinces } = await client.query<{ id: number }>(`select id from units where depth = 1 order by id`);
  const list = cols.map((c) => `"${c.column_name}"`).join(', ');
  await client.query('begin');
  await client.query('alter table initiatives rename to initiatives_flat');
  await client.query(
    `create table initiatives (like initiatives_flat including defaults including generated,
       province_id int not null) partition by list (province_id)`,
  );
  for (const p of provinces) {
    await client.query(`create table initiatives_p${p.id} partition of initiatives for values in (${p.id})`);
  }
  await client.query('create table initiatives_p_other partition of initiatives default');
  await client.query(
    `insert into initiatives (${list}, province_id)
     select ${list
       .replaceAll('"', '')
       .split(', ')
       .map((c) => `f.${c}`)
       .join(', ')}, u.path[2]
       from initiatives_flat f join units u on u.id = f.unit_id`,
  );
  for (const index of indexes) {
    // A partitioned table's unique index must contain the partition key: these become plain.
    const def = index.indexdef
      .replace('CREATE UNIQUE INDEX', 'CREATE INDEX')
      .replace(` ${index.indexname} `, ` ${index.indexname}_part `);
    await client.query(def);
  }
  await client.query('create index initiatives_province_phase_idx on initiatives (province_id, phase_id, status)');
  await client.query('commit');
  await client.query('analyze initiatives');
  const partitionSeconds = +((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `partitioned ${initiatives} initiatives into ${provinces.length + 1} partitions in ${partitionSeconds} s`,
  );
  const after = await measure('after (partitioned by province)', true);
  writeResults('partition', {
    when: new Date().toISOString(),
    source: values.database,
    unit: values.unit,
    phase,
    initiatives: Number(initiatives),
    partitions: provinces.length + 1,
    partition_seconds: partitionSeconds,
    before,
    after,
  });
} finally {
  await client.end();
  if (!values.keep) await admin.query(`drop database if exists "${copy}" with (force)`);
  await admin.end();
}
