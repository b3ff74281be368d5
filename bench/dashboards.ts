/**
 * Dashboard, ranking and landing figures against `sangkien serve` on PostgreSQL, on loopback:
 * p50/p99 of the ranking API and the dashboard (national root and one province), and requests/s
 * of the landing data (/api/v1/landing, served from the event-refreshed cache) against a bare
 * Fastify route returning a constant JSON, measured in the same run.
 * The database is a copy of BENCH_SOURCE_DB (default sk_bench_province) made from it as a template,
 * so the source is never changed. Run: node --import tsx bench/dashboards.ts
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';

const ADMIN = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SOURCE = process.env.BENCH_SOURCE_DB ?? 'sk_bench_province';
const COPY = `sk_dash_bench_${process.pid}`;
const BIN = path.resolve('apps/server/bin/sangkien.js');
const PORT = 39_000 + (process.pid % 1000);
const BARE_PORT = PORT + 1;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const LOGIN = 'bench.viewer@congdoan.vn';
const PASSWORD = 'Đo hiệu năng bảng theo dõi';

function dbUrl(name: string): string {
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return url.toString();
}

function cli(args: string[], env: NodeJS.ProcessEnv, input?: string): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sangkien ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

async function run(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return {
    url: url.replace(/^http:\/\/[^/]+/, ''),
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`create database "${COPY}" template "${SOURCE}"`);
  const env = {
    ...process.env,
    DATABASE_URL: dbUrl(COPY),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SNAPSHOT_SCHEDULER: 'false',
    WEB_DIST: '/nonexistent',
  };
  let server: ChildProcess | undefined;
  const bare = Fastify();
  try {
    cli(['migrate'], env);
    const roots = await new pg.Client({ connectionString: dbUrl(COPY) });
    await roots.connect();
    const root = (await roots.query('select code from units where parent_id is null limit 1')).rows[0].code as string;
    const province = (
      await roots.query(
        `select u.code from units u where u.parent_id = (select id from units where parent_id is null)
       order by (select count(*) from units d where d.path @> array[u.id]) desc limit 1`,
      )
    ).rows[0].code as string;
    const phase = (await roots.query('select code from phases order by starts_at desc limit 1')).rows[0].code as string;
    const counts = (
      await roots.query(
        'select (select count(*) from units)::int as units, (select count(*) from initiatives)::int as initiatives',
      )
    ).rows[0];
    await roots.end();
    cli(['account', 'create', '--login', LOGIN, '--password-stdin', '--role', `viewer@${root}`], env, PASSWORD);
    const t0 = Date.now();
    cli(['snapshot', '--at', new Date(Date.now() - 8 * 86_400_000).toISOString(), '--phase', phase], env);
    const snapshotMs = Date.now() - t0;
    cli(['snapshot', '--at', new Date(Date.now() - 86_400_000).toISOString(), '--phase', phase], env);

    server = spawn(process.execPath, [BIN, 'serve', '--port', String(PORT)], { env, stdio: 'inherit' });
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(`${base}/api/v1/stats/live`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const auth = { cookie };

    bare.get('/constant', async () => ({
      ok: true,
      submissions: 21725,
      valid: 10555,
      as_of: '2022-05-31T00:00:00+07:00',
    }));
    await bare.listen({ port: BARE_PORT, host: '127.0.0.1' });

    const results = {
      date: new Date().toISOString(),
      database: { kind: 'postgres', source: SOURCE, ...counts },
      duration_s: DURATION,
      connections: CONNECTIONS,
      snapshot_ms: snapshotMs,
      ranking_root: await run(`${base}/api/v1/units/${root}/ranking?phase=${phase}`, auth),
      ranking_province: await run(`${base}/api/v1/units/${province}/ranking?phase=${phase}&by=quota_percent`, auth),
      dashboard_root: await run(`${base}/api/v1/units/${root}/dashboard?phase=${phase}`, auth),
      dashboard_province: await run(`${base}/api/v1/units/${province}/dashboard?phase=${phase}`, auth),
      landing: await run(`${base}/api/v1/landing`),
      bare_constant: await run(`http://127.0.0.1:${BARE_PORT}/constant`),
      landing_again: await run(`${base}/api/v1/landing`),
    };
    const ratio =
      Math.max(results.landing.requests_per_s, results.landing_again.requests_per_s) /
      results.bare_constant.requests_per_s;
    const out = { ...results, landing_vs_bare_ratio: +ratio.toFixed(2) };
    console.log(JSON.stringify(out, null, 2));
    fs.mkdirSync('bench/results', { recursive: true });
    fs.writeFileSync(`bench/results/dashboards-${out.date.slice(0, 10)}.json`, `${JSON.stringify(out, null, 2)}\n`);
  } finally {
    server?.kill('SIGTERM');
    if (server) await new Promise((r) => server!.once('exit', r));
    await bare.close();
    await admin.query(`drop database if exists "${COPY}" with (force)`);
    await admin.end();
  }
}

await main();
