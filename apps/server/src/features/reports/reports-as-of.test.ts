import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamInstant, type PhaseReport } from '@sangkien/shared';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, EXAMPLE_EXPECTED, type TestApp } from '../../../test/helpers.ts';
import { reportDifferences } from '../../../test/report-compare.ts';
import { importDataset } from '../datasets/import.service.ts';
import { findUnitByCode } from '../units/units.repository.ts';
import { closeUnit, moveUnit } from '../units/units-history.repository.ts';

const expected = (file: string) => JSON.parse(fs.readFileSync(`${EXAMPLE_EXPECTED}/${file}`, 'utf8')) as PhaseReport;
const REVIEWED = vietnamInstant(2022, 7, 15, 9)!;
const REORGANISED = vietnamInstant(2025, 7, 1)!;
const NOW = vietnamInstant(2025, 8, 1, 9)!;

/** The example dataset with two statuses changed by a later review (SK000003 valid, SK000014 invalid). */
function reviewedDataset(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-reviewed-'));
  fs.cpSync(EXAMPLE_DATASET, dir, { recursive: true });
  const file = path.join(dir, 'initiatives.csv');
  const csv = fs
    .readFileSync(file, 'utf8')
    .replace(/^(SK000003,.*?),in_review,/m, '$1,valid,')
    .replace(/^(SK000014,.*?),submitted,/m, '$1,invalid,');
  fs.writeFileSync(file, csv);
  return dir;
}

const children = (report: PhaseReport) =>
  report.children.map((c) => [c.code, c.submissions, c.valid, c.pending, c.invalid, c.members]);

describe('reports as of a date, across a review and a unit merge', () => {
  let t: TestApp;
  const api = actingAs(() => t, [['admin', 'TW']]);
  const report = async (unit: string, asOf?: string) => {
    const query = asOf ? `?as_of=${encodeURIComponent(asOf)}` : '';
    const response = await api({ url: `/api/v1/reports/${unit}/GD1${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as PhaseReport;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    const reviewed = reviewedDataset();
    expect((await importDataset(t.database, reviewed, { now: REVIEWED })).ok).toBe(true);
    fs.rmSync(reviewed, { recursive: true });
    // 2025: the districts merge: TMH2's grassroots unions move under TMH1 and TMH2 closes into it.
    await t.database.db.transaction(async (tx) => {
      const unit = async (code: string) => (await findUnitByCode(tx, code))!.id;
      const [east, west] = [await unit('TMH1'), await unit('TMH2')];
      await moveUnit(tx, await unit('TMH2C0001'), east, REORGANISED);
      await moveUnit(tx, await unit('TMH2C0002'), east, REORGANISED);
      await closeUnit(tx, west, { at: REORGANISED, successorId: east });
    });
  });
  afterAll(() => t.close());

  it('gives the expected phase-end reports as of 24:00 on 31 May 2022, tree and figures as they were', async () => {
    for (const [unit, file] of [
      ['TM', 'TM-GD1.json'],
      ['TMH1', 'TMH1-GD1.json'],
      ['TW', 'TW-GD1.json'],
    ] as const) {
      const asOf = await report(unit, '2022-06-01T00:00');
      expect(reportDifferences(asOf, expected(file)), unit).toEqual([]);
      expect(asOf.as_of).toBe('2022-06-01T00:00:00+07:00');
    }
  });

  it('shows the statuses of the later review, in the old tree, after it', async () => {
    const asOf = await report('TM', '2022-08-01');
    expect(asOf.as_of).toBe('2022-08-02T00:00:00+07:00');
    expect([asOf.submissions, asOf.valid, asOf.pending, asOf.invalid]).toEqual([28, 17, 8, 3]);
    expect(children(asOf)).toEqual([
      ['TMH1', 12, 11, 0, 1, 120],
      ['TMH2', 12, 5, 6, 1, 90],
      ['TMN1', 4, 1, 2, 1, 60],
      ['TMK1', 0, 0, 0, 0, 200],
    ]);
  });

  it('counts nothing submitted after the moment', async () => {
    const early = await report('TM', '2022-01-10T00:00');
    expect([early.submissions, early.valid, early.members_participating, early.grassroots_participating]).toEqual([
      3, 3, 3, 2,
    ]);
    expect(early.top_initiatives.map((i) => i.code)).toEqual(['SK000007', 'SK000012']);
  });

  it('shows the new tree now: the merged district gone, its units under its successor', async () => {
    const now = await report('TM');
    expect(now.as_of).toBe('2025-08-01T09:00:00+07:00');
    expect([now.submissions, now.valid, now.pending, now.invalid]).toEqual([28, 17, 8, 3]);
    expect(children(now)).toEqual([
      ['TMH1', 24, 16, 6, 2, 210],
      ['TMN1', 4, 1, 2, 1, 60],
      ['TMK1', 0, 0, 0, 0, 200],
    ]);
    const east = await report('TMH1');
    expect(east.children.map((c) => c.code).sort()).toEqual([
      'TMH1C0001',
      'TMH1C0002',
      'TMH1C0003',
      'TMH2C0001',
      'TMH2C0002',
    ]);
    expect(east.rank).toEqual({
      position: 1,
      of: 3,
      parent_code: 'TM',
      parent_name: 'LĐLĐ tỉnh Mẫu',
      parent_kind: 'province',
    });
  });

  it('agrees with the live report when asked as of now', async () => {
    const live = await report('TM');
    const asOfNow = await report('TM', '2025-08-01T09:00');
    expect({ ...asOfNow, as_of: '' }).toEqual({ ...live, as_of: '' });
  });

  it('does not know a unit at a moment it was closed, and the old tree still has it before', async () => {
    const gone = await api({ url: '/api/v1/reports/TMH2/GD1?as_of=2025-07-02' });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toContain('tại thời điểm báo cáo');
    const before = await report('TMH2', '2025-06-29');
    expect(before.children.map((c) => c.code)).toEqual(['TMH2C0001', 'TMH2C0002']);
    expect(before.rank).toMatchObject({ position: 1, of: 4, parent_code: 'TM' });
  });

  it('refuses a moment that is not a time, or in the future', async () => {
    const bad = await api({ url: '/api/v1/reports/TM/GD1?as_of=h%C3%B4m-qua' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.as_of).toContain('Thời điểm không đúng');
    const future = await api({ url: '/api/v1/reports/TM/GD1?as_of=2030-01-01' });
    expect(future.statusCode).toBe(400);
  });

  it('writes the as-of DOCX and XLSX from the same history', async () => {
    for (const format of ['docx', 'xlsx']) {
      const response = await api({ url: `/api/v1/reports/TM/GD1?format=${format}&as_of=2022-06-01T00:00` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="bao-cao-TM-GD1-2022-06-01.${format}"`,
      );
    }
  });

  it('puts grassroots unions under the district they belonged to then, in the workbook', async () => {
    const parents = async (query: string) => {
      const response = await api({ url: `/api/v1/reports/TM/GD1?format=xlsx${query}` });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const rows = book.getWorksheet('Đơn vị cấp dưới')!.getSheetValues().slice(2) as unknown[][];
      return Object.fromEntries(rows.filter((r) => r[3]).map((r) => [r[3], [r[1], r[6]]]));
    };
    expect(await parents('&as_of=2022-06-01T00:00')).toMatchObject({
      TMH1C0001: ['LĐLĐ huyện Đông', 7],
      TMH2C0001: ['LĐLĐ huyện Tây', 8],
      TMH2C0002: ['LĐLĐ huyện Tây', 4],
    });
    expect(await parents('')).toMatchObject({
      TMH1C0001: ['LĐLĐ huyện Đông', 7],
      TMH2C0001: ['LĐLĐ huyện Đông', 8],
      TMH2C0002: ['LĐLĐ huyện Đông', 4],
    });
  });
});
