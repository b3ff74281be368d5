/**
 * Figures for accounts and the tree browser, against a server process (`sangkien serve`) on
 * loopback: the Argon2id hash cost; login p50/p99 with 50 concurrent logins (PostgreSQL); and
 * on both databases, with ~130,000 units, the children of a node with 2,000 children and
 * searches over the whole tree.
 * Run: node --import tsx bench/accounts-and-tree.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/client.ts';
import { migrateDatabase } from '../apps/server/src/db/migrate.ts';
import { accounts, roleGrants, units } from '../apps/server/src/db/schema/index.ts';
import { hashPassword } from '../apps/server/src/features/accounts/passwords.ts';
import { applyDataset } from '../apps/server/src/features/datasets/import.service.ts';
import { treeDataset } from './tree-dataset.ts';
import { eq } from 'drizzle-orm';

const BIN = path.resolve('apps/server/bin/sangkien.js');
/** `login` measures the logins only (PostgreSQL), skipping the tree figures. */
const ONLY = process.env.BENCH_ONLY;
const ADMIN = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'mật khẩu đo hiệu năng';
const LOGIN_ACCOUNTS = 50;
const LOGINS = 1_500;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50_ms: +percentile(sorted, 50).toFixed(1),
    p95_ms: +percentile(sorted, 95).toFixed(1),
    p99_ms: +percentile(sorted, 99).toFixed(1),
  };
};

async function seed(database: Database, withLoginAccounts: boolean): Promise<number> {
  await migrateDatabase(database);
  const result = await applyDataset(database, treeDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  const [root] = await database.db.select().from(units).where(eq(units.code, 'VN'));
  const hash = await hashPassword(PASSWORD);
  const [admin] = await database.db
    .insert(accounts)
    .values({ phone: '+84900000000', passwordHash: hash, displayName: 'Quản trị đo' })
    .returning();
  await database.db.insert(roleGrants).values({ accountId: admin!.id, unitId: root!.id, role: 'admin' });
  if (withLoginAccounts) {
    // Each account gets its own hash, as real ones do.
    for (let i = 1; i <= LOGIN_ACCOUNTS; i++) {
      await database.db.insert(accounts).values({
        phone: `+8491${String(i).padStart(7, '0')}`,
        passwordHash: await hashPassword(PASSWORD),
        displayName: `Người đo ${i}`,
      });
    }
  }
  return result.counts.units.added;
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', HOST: '127.0.0.1', DB_POOL_SIZE: '20', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('đang chạy')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return child;
}

async function login(base: string, phone: string): Promise<{ ms: number; status: number; cookie: string }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: phone, password: PASSWORD }),
  });
  await response.arrayBuffer();
  const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0]!;
  return { ms: performance.now() - started, status: response.status, cookie };
}

async function timeGets(
  base: string,
  cookie: string,
  url: string,
  times = 40,
): Promise<ReturnType<typeof summary> & { bytes: number; items: number }> {
  const durations: number[] = [];
  let bytes = 0;
  let items = 0;
  for (let i = 0; i < times + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${url}`, { headers: { cookie } });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text.slice(0, 200)}`);
    if (i >= 3) durations.push(performance.now() - started);
    bytes = text.length;
    items = (JSON.parse(text) as { items: unknown[] }).items.length;
  }
  return { ...summary(durations), bytes, items };
}

/** CPU milliseconds (user + system) a process has used, from /proc: independent of other load. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function loginLoad(base: string, serverPid: number) {
  const cpuBefore = cpuMs(serverPid);
  const durations: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LOGIN_ACCOUNTS }, async (_, worker) => {
      while (next < LOGINS) {
        next++;
        const result = await login(base, `+8491${String(worker + 1).padStart(7, '0')}`);
        if (result.status !== 200) failures++;
        durations.push(result.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = cpuMs(serverPid) - cpuBefore;
  const alone: number[] = [];
  for (let i = 0; i < 50; i++) alone.push((await login(base, '+84910000001')).ms);
  return {
    concurrency: LOGIN_ACCOUNTS,
    ...summary(durations),
    failures,
    logins_per_second: Math.round(durations.length / seconds),
    /** The server process's own CPU per login (PostgreSQL's is not counted). */
    server_cpu_ms_per_login: +(serverCpu / durations.length).toFixed(1),
    one_at_a_time: summary(alone),
    load_average: os.loadavg().map((l) => +l.toFixed(1)),
  };
}

async function treeFigures(base: string) {
  const { cookie } = await login(base, '+84900000000');
  return {
    children_of_2000: await timeGets(base, cookie, '/api/v1/units/BIG/children'),
    children_of_province: await timeGets(base, cookie, '/api/v1/units/P1/children'),
    search_name_whole_tree: await timeGets(
      base,
      cookie,
      `/api/v1/units?q=${encodeURIComponent('truong tieu hoc nghi loc so 17')}`,
    ),
    search_rare_name: await timeGets(base, cookie, `/api/v1/units?q=${encodeURIComponent('điện tử số 1999')}`),
    search_code_prefix: await timeGets(base, cookie, '/api/v1/units?q=P17D3G1'),
    search_within_province: await timeGets(base, cookie, `/api/v1/units?q=${encodeURIComponent('may')}&within=P5`),
  };
}

const results: Record<string, unknown> = { machine: `${os.cpus().length} cores`, node: process.version };
const times: number[] = [];
const cpuStart = process.cpuUsage();
for (let i = 0; i < 30; i++) {
  const started = performance.now();
  await hashPassword(`mật khẩu ${i}`);
  times.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuStart);
results.argon2id_m19456_t2_p1_hash = {
  ...summary(times),
  cpu_ms_per_hash: +((cpu.user + cpu.system) / 1000 / 30).toFixed(1),
  load_average: os.loadavg().map((l) => +l.toFixed(1)),
};
console.log('argon2id', results.argon2id_m19456_t2_p1_hash);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-bench-accounts-'));
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
const dbName = `sk_bench_accounts_${process.pid}`;
await admin.query(`create database ${dbName}`);
const url = new URL(ADMIN);
url.pathname = `/${dbName}`;
try {
  for (const kind of ONLY === 'login' ? (['postgres'] as const) : (['postgres', 'pglite'] as const)) {
    const env: Record<string, string> =
      kind === 'postgres' ? { DATABASE_URL: url.toString() } : { DATA_DIR: path.join(work, 'pglite') };
    const database =
      kind === 'postgres'
        ? await openDatabase({ databaseUrl: url.toString() })
        : await openDatabase({ dataDir: env.DATA_DIR! });
    const seedStarted = performance.now();
    const added = await seed(database, kind === 'postgres');
    await database.close();
    console.log(kind, `${added} units seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const port = 39_000 + Math.floor(Math.random() * 1000);
    const server = await startServer(env, port);
    const base = `http://127.0.0.1:${port}`;
    try {
      const figures: Record<string, unknown> = { units: added, ...(ONLY === 'login' ? {} : await treeFigures(base)) };
      if (kind === 'postgres') figures.login = await loginLoad(base, server.pid!);
      results[kind] = figures;
      console.log(kind, JSON.stringify(figures, null, 1));
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
} finally {
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
  fs.rmSync(work, { recursive: true, force: true });
}
const out = path.resolve('bench/results');
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `accounts-and-tree-${new Date().toISOString().slice(0, 10)}.json`);
fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), ...results }, null, 2) + '\n');
console.log(`Wrote ${file}`);
