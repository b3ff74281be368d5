/**
 * Two server processes on one PostgreSQL: a change committed by one process reaches an SSE stream
 * held by another `sangkien serve` process through LISTEN/NOTIFY.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EXAMPLE_DATASET, testDatabaseKind, type TestDatabase } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';
import { initiativesDataset, openEventStream } from './landing-test-support.ts';

const BIN = fileURLToPath(new URL('../../../bin/sangkien.js', import.meta.url));

async function waitForServer(base: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log()}`);
    try {
      if ((await fetch(`${base}/api/v1/stats/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${log()}`);
}

describe.runIf(testDatabaseKind() === 'postgres')('live counter across server processes', () => {
  let test: TestDatabase;
  let child: ChildProcess;
  let base: string;
  beforeAll(async () => {
    test = await createTestDatabase();
    expect((await importDataset(test.database, EXAMPLE_DATASET)).ok).toBe(true);
    const port = 20000 + Math.floor(Math.random() * 20000);
    base = `http://127.0.0.1:${port}`;
    let output = '';
    child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: test.url,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        WEB_DIST: '/nonexistent',
        SNAPSHOT_SCHEDULER: 'false',
      },
    });
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    await waitForServer(base, child, () => output);
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    await test.close();
  });

  it('delivers an import committed here to a stream held by the other process', async () => {
    const stream = await openEventStream(`${base}/api/v1/stats/live/stream`);
    try {
      const first = await stream.next();
      const started = Date.now();
      const rows = [
        'SKP1,Một,GD1,TBC1,DV000026,Đã nộp,2022-05-19T08:00',
        'SKP2,Hai,GD1,TBC1,DV000026,Hợp lệ,2022-05-19T09:00',
      ];
      expect((await importDataset(test.database, initiativesDataset(rows))).ok).toBe(true);
      const next = await stream.next(1000);
      const delay = Date.now() - started;
      expect(next.live.submissions).toBe(first.live.submissions + 2);
      expect(next.live.valid).toBe(first.live.valid + 1);
      expect(delay).toBeLessThan(2000);
    } finally {
      stream.close();
    }
  });
});
