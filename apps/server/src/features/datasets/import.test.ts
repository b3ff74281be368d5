import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EXAMPLE_DATASET, EXAMPLE_EXPECTED, type TestDatabase } from '../../../test/helpers.ts';
import { reportDifferences } from '../../../test/report-compare.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';
import { importDataset } from './import.service.ts';

describe('importing the example dataset (tinh-mau)', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.close());

  it('imports every row', async () => {
    const result = await importDataset(test.database, EXAMPLE_DATASET);
    expect(result).toMatchObject({
      ok: true,
      counts: {
        units: { added: 19, updated: 0 },
        programmes: { added: 1, updated: 0 },
        phases: { added: 2, updated: 0 },
        quotas: { added: 7, updated: 0 },
        members: { added: 27, updated: 0 },
        initiatives: { added: 72, updated: 0 },
      },
    });
  });

  for (const file of fs.readdirSync(EXAMPLE_EXPECTED)) {
    it(`gives the report ${file}`, async () => {
      const expected = JSON.parse(fs.readFileSync(`${EXAMPLE_EXPECTED}/${file}`, 'utf8'));
      const report = await buildPhaseReport(test.database.db, expected.unit.code, expected.phase.code);
      expect(reportDifferences(report, expected)).toEqual([]);
    });
  }

  it('changes nothing when the same dataset is imported again', async () => {
    const before = await buildPhaseReport(test.database.db, 'TW', 'GD1');
    const result = await importDataset(test.database, EXAMPLE_DATASET);
    expect(result.ok && result.counts).toEqual({
      units: { added: 0, updated: 0 },
      programmes: { added: 0, updated: 0 },
      phases: { added: 0, updated: 0 },
      quotas: { added: 0, updated: 0 },
      members: { added: 0, updated: 0 },
      initiatives: { added: 0, updated: 0 },
    });
    const after = await buildPhaseReport(test.database.db, 'TW', 'GD1');
    expect({ ...after, as_of: '' }).toEqual({ ...before, as_of: '' });
  });
});
