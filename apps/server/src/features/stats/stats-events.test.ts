import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EXAMPLE_DATASET, type TestDatabase } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';
import { parseStatsChanged, STATS_CHANNEL, type StatsChanged } from './stats-events.ts';

/** Listens on the database's own notification channel (PGlite in-process, PostgreSQL over a connection). */
async function listen(test: TestDatabase, heard: StatsChanged[]): Promise<() => Promise<void>> {
  const onPayload = (payload: string) => {
    const change = parseStatsChanged(payload);
    if (change) heard.push(change);
  };
  if (test.database.pglite) return test.database.pglite.listen(STATS_CHANNEL, onPayload);
  const client = await test.database.pool!.connect();
  client.on('notification', (n) => onPayload(n.payload ?? ''));
  await client.query(`listen ${STATS_CHANNEL}`);
  return async () => {
    await client.query(`unlisten ${STATS_CHANNEL}`);
    client.release();
  };
}

describe('stats-changed notifications', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.close());

  it('are heard once an import commits, naming its phases and units', async () => {
    const heard: StatsChanged[] = [];
    const stop = await listen(test, heard);
    expect((await importDataset(test.database, EXAMPLE_DATASET)).ok).toBe(true);
    for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(heard).toHaveLength(1);
    expect(heard[0]!.phaseIds).toHaveLength(2);
    expect(heard[0]!.unitIds).toHaveLength(9);
  });

  it('are not heard when an import is refused', async () => {
    const heard: StatsChanged[] = [];
    const stop = await listen(test, heard);
    expect((await importDataset(test.database, '/nonexistent')).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    await stop();
    expect(heard).toEqual([]);
  });
});
