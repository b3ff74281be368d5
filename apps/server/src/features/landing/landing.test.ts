import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';
import { takeSnapshot } from '../snapshots/snapshots.service.ts';
import { initiativesDataset, openEventStream } from './landing-test-support.ts';

describe('the public landing page: cached data and live events', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('serves the counter, the national ranking of provinces and the latest weekly leaders', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/landing' });
    expect(before.statusCode).toBe(200);
    expect(before.json().leaders).toBeNull();
    expect(before.json().ranking.map((r: { code: string; rank: number }) => [r.code, r.rank])).toEqual([
      ['TM', 1],
      ['TK', 1],
      ['TB', 3],
    ]);
    const live = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/live' })).json();
    expect(before.json().live).toEqual(live);
    await takeSnapshot(t.database.db, { at: new Date('2022-05-13T17:00:00+07:00'), phaseCodes: ['GD1'] });
    // The snapshot is not a stats change: the next event or periodic refresh shows it.
    await importDataset(t.database, initiativesDataset(['SKL0,Một,GD1,TBC1,DV000026,Đã nộp,2022-05-19T08:00']));
    await new Promise((r) => setTimeout(r, 300));
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/landing' })).json();
    expect(after.leaders.taken_at).toBe('2022-05-13T17:00:00+07:00');
    expect(after.leaders.items.map((i: { code: string; rank: number }) => [i.code, i.rank])).toEqual([
      ['TM', 1],
      ['TK', 1],
      ['TB', 3],
    ]);
    expect(after.live.submissions).toBe(live.submissions + 1);
  });

  it('pushes the new counter to a connected stream within a second of a change', async () => {
    const stream = await openEventStream(`${base}/api/v1/stats/live/stream`);
    try {
      const first = await stream.next();
      const started = Date.now();
      const rows = ['SKL1,Hai,GD1,TBC1,DV000026,Đã nộp,2022-05-19T08:00'];
      expect((await importDataset(t.database, initiativesDataset(rows))).ok).toBe(true);
      const next = await stream.next(1000);
      expect(Date.now() - started).toBeLessThan(1000 + 1000);
      expect(next.live.submissions).toBe(first.live.submissions + 1);
      expect(next.live.phase_submissions).toBe(first.live.phase_submissions + 1);
    } finally {
      stream.close();
    }
  });
});
