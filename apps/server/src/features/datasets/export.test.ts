import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, EXAMPLE_DATASET, EXAMPLE_EXPECTED, type TestDatabase } from '../../../test/helpers.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';
import { exportDataset } from './export.service.ts';
import { importDataset } from './import.service.ts';

const EXPECTED = fs
  .readdirSync(EXAMPLE_EXPECTED)
  .map((f) => JSON.parse(fs.readFileSync(`${EXAMPLE_EXPECTED}/${f}`, 'utf8')));

async function reports(test: TestDatabase) {
  const out = [];
  for (const e of EXPECTED)
    out.push({ ...(await buildPhaseReport(test.database.db, e.unit.code, e.phase.code)), as_of: '' });
  return out;
}

describe('export → import into an empty database → the same reports', () => {
  let source: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    source = await createTestDatabase();
    expect((await importDataset(source.database, EXAMPLE_DATASET)).ok).toBe(true);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-export-'));
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const target of ['csv', 'dataset.xlsx']) {
    it(`round-trips through ${target}`, async () => {
      const out = path.join(dir, target);
      const counts = await exportDataset(source.database, out);
      expect(counts).toEqual({ units: 19, phases: 2, quotas: 7, members: 27, initiatives: 72 });
      const copy = await createTestDatabase();
      try {
        const result = await importDataset(copy.database, out);
        expect(result.ok && result.counts.initiatives).toEqual({ added: 72, updated: 0 });
        expect(await reports(copy)).toEqual(await reports(source));
      } finally {
        await copy.close();
      }
    });
  }

  it('exports what re-imports as no change into the source itself', async () => {
    const out = path.join(dir, 'again');
    await exportDataset(source.database, out);
    const result = await importDataset(source.database, out);
    expect(result.ok && Object.values(result.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
  });

  it('writes CSV files that Excel opens as UTF-8 and keeps Vietnamese text intact', () => {
    const units = fs.readFileSync(path.join(dir, 'csv', 'units.csv'), 'utf8');
    expect(units.startsWith('\uFEFFcode,name,kind,parent_code,members,join_code\r\n')).toBe(true);
    expect(units).toContain('TMH1,LĐLĐ huyện Đông,district,TM,0,');
  });
});
