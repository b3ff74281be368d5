/** Test support: a fresh migrated database per test file and the real app on top of it. */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/client.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
export const EXAMPLE_DATASET = `${FIXTURES}/tinh-mau/data`;
export const EXAMPLE_EXPECTED = `${FIXTURES}/tinh-mau/expected`;

export const testDatabaseKind = (): 'pglite' | 'postgres' =>
  process.env.SANGKIEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  /** postgres://… of this copy (PostgreSQL only), for CLI runs against it. */
  url?: string;
  close(): Promise<void>;
}

/** A fresh copy of the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `sk_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject('pgTemplate')}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
    return {
      database,
      url: url.toString(),
      close: async () => {
        await database.close();
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplate'));
  const database = await openDatabase({ inMemory: true, loadDataDir: new Blob([dump]) });
  return { database, close: () => database.close() };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }), ...overrides };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Moves the app's clock (phase windows, deadlines). */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function createTestApp(options: { now?: Date; config?: Partial<Config> } = {}): Promise<TestApp> {
  const test = await createTestDatabase();
  let now = options.now ?? new Date();
  const app = await buildApp({ config: testConfig(options.config), database: test.database, clock: () => now });
  await app.ready();
  return {
    app,
    database: test.database,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await test.close();
    },
  };
}
