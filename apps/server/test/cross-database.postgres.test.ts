/** PGlite and PostgreSQL give identical reports for the same data (run by the postgres tier). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/features/demo/demo.service.ts';
import { buildPhaseReport } from '../src/features/reports/reports.service.ts';
import { liveStats } from '../src/features/stats/live-stats.service.ts';
import { unitRanking } from '../src/features/rankings/rankings.service.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './helpers.ts';

const NOW = new Date('2026-11-20T03:00:00Z');

describe('the same demo data on PGlite and on PostgreSQL', () => {
  let postgres: TestDatabase;
  let pglite: Database;
  beforeAll(async () => {
    expect(testDatabaseKind()).toBe('postgres');
    postgres = await createTestDatabase();
    pglite = await openDatabase({ inMemory: true });
    await migrateDatabase(pglite);
    for (const database of [postgres.database, pglite]) await loadDemo(database, 'small', { now: NOW });
  });
  afterAll(async () => {
    await postgres.close();
    await pglite.close();
  });

  it('gives identical phase reports for every province and the root', async () => {
    const codes = ['VN', 'HNI', 'HUE', 'LCU', 'DBN', 'HNI-H01', 'HUE-N01'];
    for (const phase of ['2026-GD1', '2026-GD2']) {
      for (const code of codes) {
        const a = await buildPhaseReport(postgres.database.db, code, phase, { now: NOW });
        const b = await buildPhaseReport(pglite.db, code, phase, { now: NOW });
        expect(a.submissions).toBeGreaterThan(0);
        expect(a).toEqual(b);
      }
    }
  });

  it('gives identical rankings by every metric and the same live counter', async () => {
    for (const by of [
      'submissions',
      'valid',
      'quota_percent',
      'rate_percent',
      'members_participating',
      'benefit_vnd_total',
    ] as const) {
      expect(await unitRanking(postgres.database.db, null, 'VN', { phase: '2026-GD2', by }, NOW)).toEqual(
        await unitRanking(pglite.db, null, 'VN', { phase: '2026-GD2', by }, NOW),
      );
    }
    expect(await liveStats(postgres.database.db, NOW)).toEqual(await liveStats(pglite.db, NOW));
  });
});
