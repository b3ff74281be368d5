import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import {
  createTestDatabase,
  EXAMPLE_DATASET,
  testConfig,
  testDatabaseKind,
  type TestDatabase,
} from '../../../test/helpers.ts';

const BIN = fileURLToPath(new URL('../../../bin/sangkien.js', import.meta.url));

describe('sangkien account create (the first national admin)', () => {
  let env: NodeJS.ProcessEnv;
  let dataDir: string | undefined;
  let pg: TestDatabase | undefined;

  const run = (args: string[], input = '') =>
    spawnSync(process.execPath, [BIN, ...args], { input, env, encoding: 'utf8' });

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') {
      pg = await createTestDatabase();
      env = { ...process.env, DATABASE_URL: pg.url! };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-cli-'));
      env = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
    }
    expect(run(['import', EXAMPLE_DATASET]).status).toBe(0);
  });
  afterAll(async () => {
    await pg?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates an account with roles from a password on standard input; it can then sign in', async () => {
    const created = run(
      [
        'account',
        'create',
        '--login',
        '0912 000 111',
        '--password-stdin',
        '--name',
        'Quản trị Tổng',
        '--role',
        'admin@TW',
      ],
      'mật khẩu quốc gia 2026\n',
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('admin@TW');

    const database: Database = pg
      ? await openDatabase({ databaseUrl: pg.url!, poolSize: 2 })
      : await openDatabase({ dataDir: dataDir! });
    const app = await buildApp({ config: testConfig(), database, clock: () => new Date() });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: '+84912000111', password: 'mật khẩu quốc gia 2026' },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({
        account: { display_name: 'Quản trị Tổng' },
        roles: [{ role: 'admin', unit_code: 'TW' }],
      });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses a duplicate login, a bad role and a missing --password-stdin with a reason and non-zero status', () => {
    const duplicate = run(['account', 'create', '--login', '0912000111', '--password-stdin'], 'mật khẩu khác 2026');
    expect(duplicate.status).not.toBe(0);
    expect(duplicate.stderr).toContain('Đã có tài khoản');
    const badRole = run(
      ['account', 'create', '--login', '0912000222', '--password-stdin', '--role', 'vua@TW'],
      'mật khẩu khác 2026',
    );
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toContain('VAI_TRÒ@MÃ_ĐƠN_VỊ');
    const noStdin = run(['account', 'create', '--login', '0912000333']);
    expect(noStdin.status).toBe(2);
    expect(noStdin.stderr).toContain('--password-stdin');
  });
});
