import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EXAMPLE_DATASET, type TestDatabase } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';
import { verifyStats } from './verify.service.ts';

describe('sangkien verify: aggregates against a recount of the rows', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    expect((await importDataset(test.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => test.close());

  it('finds no drift after an import', async () => {
    expect(await verifyStats(test.database)).toEqual({ drift: [], fixed: false });
  });

  it('reports each drifted row, and --fix restores the report', async () => {
    const before = await buildPhaseReport(test.database.db, 'TM', 'GD1');
    await test.database.db.execute(
      sql`update unit_phase_stats set valid = valid + 5 where unit_id = (select id from units where code = 'TMH1C0001')`,
    );
    await test.database.db.execute(
      sql`delete from unit_phase_authors where member_id = (select id from members where code = 'DV000005')`,
    );
    await test.database.db.execute(sql`update unit_daily_stats set submissions = 0 where day = '2022-01-04'`);
    const found = await verifyStats(test.database);
    expect(found.drift.map((d) => d.table).sort()).toEqual([
      'unit_daily_stats',
      'unit_phase_authors',
      'unit_phase_stats',
    ]);
    expect(found.drift.find((d) => d.table === 'unit_phase_stats')).toMatchObject({
      maintained: '(7,10,1,1,3644000000)',
      recounted: '(7,5,1,1,3644000000)',
    });
    expect((await buildPhaseReport(test.database.db, 'TM', 'GD1')).valid).toBe(21);

    expect((await verifyStats(test.database, { fix: true })).fixed).toBe(true);
    expect((await verifyStats(test.database)).drift).toEqual([]);
    expect({ ...(await buildPhaseReport(test.database.db, 'TM', 'GD1')), as_of: '' }).toEqual({ ...before, as_of: '' });
  });
});
