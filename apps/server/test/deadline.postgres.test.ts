/**
 * The deadline checks of bench/ at CI scale, through real `sangkien serve` processes on
 * PostgreSQL: a server SIGKILLed and restarted while members submit loses and duplicates nothing,
 * then a surge in the last seconds of the phase keeps every acknowledged submission and none after
 * the closing instant. (Full scale: `node --import tsx bench/crash.ts`, `bench/surge.ts`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrash } from '../../../bench/harness/crash-check.ts';
import { memberTokens, type BenchMember } from '../../../bench/harness/fixtures.ts';
import { freePort } from '../../../bench/harness/ports.ts';
import { startServer, stopServer, type ServerProcess } from '../../../bench/harness/servers.ts';
import { newTally, submitOnce } from '../../../bench/harness/submitters.ts';
import { runSurge } from '../../../bench/harness/surge-check.ts';
import { loadDemo } from '../src/features/demo/demo.service.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

describe('deadline: crash without loss, then the surge', () => {
  let test: TestDatabase;
  let server: ServerProcess;
  let members: BenchMember[];
  let baseUrl: string;

  beforeAll(async () => {
    test = await createTestDatabase();
    await loadDemo(test.database, 'small');
    members = await memberTokens(test.url!, 90);
    server = await startServer(test.url!, await freePort());
    baseUrl = `http://127.0.0.1:${server.port}`;
  }, 120_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    await test?.close();
  });

  it('keeps exactly the acknowledged submissions when the server is killed mid-flight', async () => {
    const report = await runCrash({
      url: test.url!,
      baseUrl,
      members,
      clients: 8,
      seconds: 5,
      killAt: [1.5],
      killAndRestart: async () => {
        await stopServer(server, 'SIGKILL');
        server = await startServer(test.url!, server.port);
      },
    });
    expect(report.violations).toEqual([]);
    expect(report.kills).toBe(1);
    // The kill happened while clients were sending: they met a closed port and retried.
    expect(report.tally.connectionErrors).toBeGreaterThan(0);
    expect(report.ledger.acknowledged).toBeGreaterThan(0);
    expect(report.ledger.rows).toBe(report.ledger.acknowledged + report.ledger.lostAcks);
    expect(report.ledger.verifyExitCode).toBe(0);
  }, 120_000);

  it('takes every on-time submission of the last seconds and refuses the late ones', async () => {
    // This checks the deadline's promises, not capacity (the bench measures that): the surge is
    // paced at half the rate this server just sustained, so a slow CI machine cannot turn the
    // server's own backlog into refusals of on-time submissions.
    const tally = newTally();
    const started = Date.now();
    await Promise.all(members.slice(80, 90).map((m) => submitOnce(baseUrl, m, tally)));
    expect(tally.acknowledged).toBe(10);
    const perSecond = 10 / ((Date.now() - started) / 1000);
    const windowSeconds = 6;
    const onTime = Math.max(9, Math.min(70, Math.floor(perSecond * windowSeconds * 0.5)));
    const crowd = members.slice(0, Math.ceil(onTime / 0.9));
    const report = await runSurge({ url: test.url!, baseUrl, members: crowd, windowSeconds, lateShare: 0.1 });
    expect(report.violations).toEqual([]);
    expect(report.late).toBe(Math.floor(crowd.length / 10));
    expect(report.late).toBeGreaterThan(0);
    expect(report.late_acknowledged).toBe(0);
    expect(report.tally.refused).toEqual({ window_closed: report.late });
    expect(report.ledger.acknowledged).toBe(report.on_time);
    expect(report.ledger.afterClose).toBe(0);
    expect(report.ledger.rows).toBe(report.on_time);
  }, 120_000);
});
