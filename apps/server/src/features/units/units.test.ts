import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('the tree, rankings, reports and live counter over HTTP', () => {
  let t: TestApp;
  let viewer: Session;
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
    const person = await createPerson(t.database, { roles: [['viewer', 'TW']] });
    viewer = await logIn(t.app, person.login);
  });
  afterAll(() => t.close());

  /** As a national viewer, who may read the whole tree. */
  const get = (url: string) => injectAs(t.app, viewer, { method: 'GET', url });

  it('asks anonymous callers to log in for the tree below the root, but the national ranking is public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/TM' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units/TW/ranking' })).statusCode).toBe(200);
  });

  it('shows a unit with its ancestors for breadcrumbs', async () => {
    const res = await get('/api/v1/units/TMH1C0002');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: 'TMH1C0002',
      kind: 'grassroots',
      members: 40,
      parent_code: 'TMH1',
      depth: 3,
      ancestors: [
        { code: 'TW', name: 'Tổng Liên đoàn Lao động (mẫu)' },
        { code: 'TM', name: 'LĐLĐ tỉnh Mẫu' },
        { code: 'TMH1', name: 'LĐLĐ huyện Đông' },
      ],
      closed: false,
    });
  });

  it('lists children in Vietnamese alphabetical order with their own child counts', async () => {
    const res = await get('/api/v1/units/TM/children');
    expect(res.json().items.map((u: { code: string; children_count: number }) => [u.code, u.children_count])).toEqual([
      ['TMK1', 2],
      ['TMN1', 2],
      ['TMH1', 3],
      ['TMH2', 2],
    ]);
  });

  it('answers an unknown unit with 404 and a Vietnamese message', async () => {
    const res = await get('/api/v1/units/KHONGCO');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy đơn vị "KHONGCO".' } });
  });

  it('ranks children by submissions with shared ties, defaulting to the open phase', async () => {
    const res = await get('/api/v1/units/TM/ranking');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.phase.code).toBe('GD1');
    expect(
      body.items.map((i: { code: string; rank: number; submissions: number }) => [i.code, i.rank, i.submissions]),
    ).toEqual([
      ['TMH1', 1, 12],
      ['TMH2', 1, 12],
      ['TMN1', 3, 4],
      ['TMK1', 4, 0],
    ]);
  });

  it.each([
    ['quota_percent', ['TMH1', 'TMH2', 'TMN1', 'TMK1']],
    ['rate_percent', ['TMH2', 'TMH1', 'TMN1', 'TMK1']],
    ['valid', ['TMH1', 'TMH2', 'TMN1', 'TMK1']],
    ['members', ['TMK1', 'TMH1', 'TMH2', 'TMN1']],
    ['members_participating', ['TMH1', 'TMH2', 'TMN1', 'TMK1']],
  ])('ranks by %s', async (by, order) => {
    const res = await get(`/api/v1/units/TM/ranking?phase=GD1&by=${by}`);
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(order);
  });

  it('refuses an unknown metric with the field named', async () => {
    const res = await get('/api/v1/units/TM/ranking?by=likes');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fields: { by: expect.any(String) } });
  });

  it('gives the report as JSON and as a workbook with the same figures', async () => {
    const json = await get('/api/v1/reports/TM/GD1');
    expect(json.json()).toMatchObject({
      submissions: 28,
      valid: 16,
      quota_percent: 70,
      below_quota: ['TMK1', 'TMN1', 'TMH2'],
    });
    const xlsx = await get('/api/v1/reports/TM/GD1?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const totals = book.getWorksheet('Tổng hợp')!;
    const values = new Map<string, unknown>();
    totals.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Lượt nộp sáng kiến')).toBe(28);
    expect(values.get('Đạt % chỉ tiêu (lượt nộp)')).toBeCloseTo(0.7);
    const children = book.getWorksheet('Đơn vị trực thuộc')!;
    expect(children.getRow(2).getCell('B').value).toBe('TMH1');
  });

  it('counts the whole programme in the public live counter', async () => {
    const res = await get('/api/v1/stats/live');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      programme: { code: 'CT1', goal: 500 },
      phase: { code: 'GD1', open: true, ends_at: '2022-06-01T00:00:00+07:00' },
      submissions: 69,
      phase_submissions: 68,
      goal_percent: 13.8,
    });
  });

  it('documents the API in OpenAPI 3', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/units/{code}',
        '/api/v1/units/{code}/ranking',
        '/api/v1/reports/{unit}/{phase}',
        '/api/v1/stats/live',
      ]),
    );
  });
});
