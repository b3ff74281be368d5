/**
 * `npm run bench [-- options]`: PostgreSQL-backed `sangkien serve` processes driven by autocannon
 * from this process over loopback, each scenario against its floor measured in the same run.
 *   --quick              small demo data, short runs (under 2 minutes)
 *   --scale S            small | province (default) | national
 *   --database NAME      reuse (and keep) a loaded database instead of a fresh one
 *   --processes N        server processes (N > 1 needs --nginx)
 *   --nginx              put nginx from Debian in front (deploy/nginx/)
 *   --seconds S          per scenario and per floor
 *   --no-import          skip the import scenario
 * Writes bench/results/<date>.json (one entry per kind of run) and prints a table.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureDemo, openBenchDatabase } from './harness/database.ts';
import { memberTokens, officer } from './harness/fixtures.ts';
import { importScenario, type ImportResult } from './harness/import-scenario.ts';
import { load, type LoadResult } from './harness/load.ts';
import { startNginx, type Nginx } from './harness/nginx.ts';
import { printTable, writeResults, type Row } from './harness/report.ts';
import { openApiOperations, SCENARIOS, type ScenarioContext } from './harness/scenarios.ts';
import { sampleRss, startServer, stopServer, waitReady, type ServerProcess } from './harness/servers.ts';
import { floorMembers, openPhaseId, submitFloor } from './harness/submit-floor.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    database: { type: 'string' },
    processes: { type: 'string', default: '1' },
    nginx: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    'no-import': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const scale = values.scale ?? (quick ? 'small' : 'province');
const processes = Number(values.processes);
const seconds = Number(values.seconds ?? (quick ? 3 : 10));
const poolSize = 10;
if (processes > 1 && !values.nginx) throw new Error('--processes N > 1 needs --nginx');
const reuse = values.database ?? (scale === 'national' ? 'sk_bench_national' : undefined);
const label = `${quick ? 'quick' : scale}${processes > 1 ? `-x${processes}` : ''}${values.nginx ? '-nginx' : ''}`;
const started = Date.now();
const log = (line: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

const db = await openBenchDatabase(reuse);
log(`database ${db.name} (${db.fresh ? 'fresh' : 'reused, kept'})`);
const servers: ServerProcess[] = [];
let nginx: Nginx | undefined;
const floorServer = spawn(process.execPath, ['--import', 'tsx', 'bench/harness/floor-server.ts', '4099'], {
  stdio: 'ignore',
});
try {
  const demo = await ensureDemo(db.url, scale);
  log(demo.loaded ? `demo "${scale}" loaded in ${demo.seconds.toFixed(0)} s` : 'data already loaded');
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  const sizes = await pool.query<{ units: string; members: string; initiatives: string }>(
    `select (select count(*) from units) as units, (select count(*) from members) as members,
            (select count(*) from initiatives) as initiatives`,
  );
  const { rows: ctxRows } = await pool.query<{ root: string; phase: string }>(
    `select (select code from units where parent_id is null limit 1) as root,
            (select code from phases where starts_at <= now() and now() < ends_at order by starts_at desc limit 1) as phase`,
  );
  await pool.end();
  const members = await memberTokens(db.url, quick ? 300 : 3000);
  const chief = await officer(db.url);
  log(`${members.length} members with API tokens, one officer`);

  for (let i = 0; i < processes; i++) {
    servers.push(
      await startServer(db.url, 4101 + i, { DB_POOL_SIZE: String(poolSize), TRUST_PROXY: String(values.nginx) }),
    );
  }
  if (values.nginx)
    nginx = await startNginx(
      4080,
      servers.map((s) => s.port),
    );
  const base = `http://127.0.0.1:${nginx?.port ?? servers[0]!.port}`;
  await waitReady(4099);
  log(`${processes} server process(es) on ${base}`);

  const context: ScenarioContext = {
    members,
    officer: chief,
    rootCode: ctxRows[0]!.root,
    phaseCode: ctxRows[0]!.phase,
    operations: await openApiOperations(base),
  };
  const floorMembersList = await floorMembers(
    db.url,
    members.map((m) => m.accountId),
  );
  const phaseId = await openPhaseId(db.url);

  const rows: Row[] = [];
  for (const scenario of SCENARIOS) {
    if (!context.operations.has(scenario.needs)) {
      rows.push({ scenario: scenario.name, available: false });
      log(`${scenario.name}: not available (${scenario.needs} is not in this build)`);
      continue;
    }
    const request = () => scenario.request(context);
    await load({ url: base, connections: scenario.connections, seconds: 1, next: request }); // warm-up
    for (const s of servers) s.peakRssMb = 0;
    const stopSampling = sampleRss(servers);
    const app = await load({ url: base, connections: scenario.connections, seconds, next: request });
    const rss = stopSampling();
    const floor: LoadResult =
      scenario.floor === 'submit'
        ? await submitFloor(db.url, floorMembersList, phaseId, {
            connections: scenario.connections,
            seconds,
            poolSize: poolSize * processes,
          })
        : await load({
            url: 'http://127.0.0.1:4099',
            connections: scenario.connections,
            seconds,
            next: () => ({ method: 'GET', path: '/floor' }),
          });
    rows.push({ scenario: scenario.name, available: true, app, floor, rss_mb: rss });
    log(`${scenario.name}: ${app.requests_per_second}/s p99 ${app.p99_ms} ms (floor ${floor.requests_per_second}/s)`);
  }

  let imported: ImportResult | undefined;
  if (!values['no-import']) {
    imported = await importScenario(quick ? 0.1 : 1);
    log(`import: ${imported.rows} rows in ${imported.seconds} s`);
  }
  const rssIdle = servers.map((s) => s.peakRssMb);
  printTable(rows, imported);
  writeResults(label, {
    when: new Date().toISOString(),
    scale,
    processes,
    nginx: values.nginx,
    seconds_per_scenario: seconds,
    data: sizes.rows[0],
    database: db.name,
    scenarios: rows,
    import: imported,
    server_rss_mb_last: rssIdle,
    total_seconds: Math.round((Date.now() - started) / 1000),
  });
} finally {
  await nginx?.stop();
  for (const s of servers) await stopServer(s);
  floorServer.kill('SIGTERM');
  await db.drop();
}
