import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

type Child = { code: string; quota: number | null };

describe('quota allocation to children', () => {
  let t: TestApp;
  const admin = actingAs(() => t, [['admin', 'TM']]);
  const viewer = actingAs(() => t, [['viewer', 'TM']]);
  const neighbour = actingAs(() => t, [['admin', 'TMH2']]);
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-07-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('lists the children with quota, last phase’s result and members, and their sum', async () => {
    const res = await admin({ url: '/api/v1/units/TM/quotas?phase=GD2' });
    expect(res.statusCode).toBe(200);
    expect(res.json().previous_phase.code).toBe('GD1');
    expect(res.json().children.find((c: Child) => c.code === 'TMH1')).toMatchObject({
      quota: null,
      previous_quota: 10,
      members: 120,
    });
    const gd1 = (await admin({ url: '/api/v1/units/TM/quotas?phase=GD1' })).json();
    expect(gd1).toMatchObject({ unit: { code: 'TM', quota: 40 }, children_sum: 40, shortfall: 0, warning: null });
    expect(gd1.previous_phase).toBeNull();
  });

  it('saves inline edits, warns (never blocks) when the children fall short, and audits each change', async () => {
    const res = await admin({
      method: 'PUT',
      url: '/api/v1/units/TM/quotas',
      payload: {
        phase: 'GD1',
        items: [
          { unit_code: 'TMH2', quota: 5 },
          { unit_code: 'TMH1', quota: 10 },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ children_sum: 30, shortfall: 10 });
    expect(res.json().warning).toBe(
      'Tổng chỉ tiêu các đơn vị trực thuộc (30) thấp hơn chỉ tiêu của đơn vị (40): còn thiếu 10.',
    );
    const audit = (await admin({ url: '/api/v1/audit?unit=TM' })).json();
    const quotaEntries = audit.items.filter((e: { action: string }) => e.action === 'quota.set');
    // TMH1 was already 10: only TMH2 changed.
    expect(quotaEntries).toHaveLength(1);
    expect(quotaEntries[0]).toMatchObject({ entity_key: 'TMH2/GD1', before: { quota: 15 }, after: { quota: 5 } });
  });

  it('refuses a unit that is not a direct child, naming the row', async () => {
    const res = await admin({
      method: 'PUT',
      url: '/api/v1/units/TM/quotas',
      payload: { phase: 'GD1', items: [{ unit_code: 'TMH1C0001', quota: 3 }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields['items.0.unit_code']).toBe('Đơn vị "TMH1C0001" không trực thuộc "TM".');
  });

  it('imports quotas.csv for the subtree, all or nothing, with file:row: column reasons', async () => {
    const bad = await admin({
      method: 'POST',
      url: '/api/v1/units/TM/quotas/import',
      headers: { 'content-type': 'text/csv' },
      payload: 'Mã đơn vị,Mã giai đoạn,Chỉ tiêu\nTMH1C0001,GD1,4\nTK,GD1,9\nTMH1C0002,GD9,2\nTMH1C0003,GD1,-1\n',
    });
    expect(bad.statusCode).toBe(422);
    const fields = bad.json().error.fields;
    expect(Object.keys(fields).sort()).toEqual([
      'quotas.csv:3: unit_code',
      'quotas.csv:4: phase_code',
      'quotas.csv:5: Chỉ tiêu',
    ]);
    const tmh1 = await admin({ url: '/api/v1/units/TMH1/quotas?phase=GD1' });
    expect(tmh1.json().children.every((c: Child) => c.quota === null)).toBe(true);
    const good = await admin({
      method: 'POST',
      url: '/api/v1/units/TM/quotas/import',
      headers: { 'content-type': 'text/csv' },
      payload: 'unit_code,phase_code,quota\nTMH1C0001,GD1,4\nTMH1C0002,GD1,3\n',
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ rows: 2, changed: 2 });
    const after = (await admin({ url: '/api/v1/units/TMH1/quotas?phase=GD1' })).json();
    expect(after).toMatchObject({ children_sum: 7, shortfall: 3 });
    expect(after.warning).toMatch(/còn thiếu 3/);
  });

  it('is for admins of the unit or above: a viewer gets 403, a neighbouring admin 404', async () => {
    expect((await viewer({ url: '/api/v1/units/TM/quotas?phase=GD1' })).statusCode).toBe(403);
    expect((await neighbour({ url: '/api/v1/units/TMH1/quotas?phase=GD1' })).statusCode).toBe(404);
    expect((await neighbour({ url: '/api/v1/units/TMH2/quotas?phase=GD1' })).statusCode).toBe(200);
  });
});
