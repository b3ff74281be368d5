/**
 * Bench databases on the local PostgreSQL: a fresh one per run (dropped afterwards) or a named,
 * already loaded one that is reused and never dropped; data loaded with `sangkien demo`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BIN = path.resolve(import.meta.dirname, '../../apps/server/bin/sangkien.js');

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface BenchDatabase {
  name: string;
  url: string;
  /** True when this run created it (and drops it at the end). */
  fresh: boolean;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** A fresh database named after the run, or the named one (created if missing, kept afterwards). */
export async function openBenchDatabase(reuse: string | undefined, prefix = 'sk_bench'): Promise<BenchDatabase> {
  const name = reuse ?? `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name ${name}: only a-z, 0-9 and _`);
  const fresh = !reuse;
  if (!(await databaseExists(name))) await admin((c) => c.query(`create database "${name}"`));
  return {
    name,
    url: databaseUrl(name),
    fresh,
    drop: async () => {
      if (fresh) await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

export function runCli(url: string, args: string[], options: { input?: string; echo?: boolean } = {}): string {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH!, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', options.echo ? 'inherit' : 'pipe'],
  });
  if (result.status !== 0) throw new Error(`sangkien ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

/** Loads the demo at `scale` unless the database already holds initiatives. */
export async function ensureDemo(url: string, scale: string): Promise<{ loaded: boolean; seconds: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const has = await pool
      .query('select exists (select 1 from initiatives) as has')
      .then((r) => Boolean(r.rows[0].has))
      .catch(() => false);
    if (has) return { loaded: false, seconds: 0 };
  } finally {
    await pool.end();
  }
  const started = Date.now();
  runCli(url, ['demo', '--scale', scale], { echo: true });
  // Measure the steady state: statistics as autovacuum would leave them a little later.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('vacuum analyze');
  await client.end();
  return { loaded: true, seconds: (Date.now() - started) / 1000 };
}
