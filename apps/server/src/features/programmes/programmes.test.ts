import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../../test/auth-helpers.ts';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('programme administration and emulation clusters', () => {
  let t: TestApp;
  const national = actingAs(() => t, [['admin', 'TW']]);
  const province = actingAs(() => t, [['admin', 'TM']]);
  const neighbour = actingAs(() => t, [['admin', 'TK']]);
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-05-20T03:00:00Z') });
    expect((await importDataset(t.database, EXAMPLE_DATASET)).ok).toBe(true);
  });
  afterAll(() => t.close());

  it('lets a province admin run a programme of its own subtree, with phases and campaigns in Vietnam time', async () => {
    const created = await province({
      method: 'POST',
      url: '/api/v1/programmes',
      payload: { code: 'CT-TM', name: 'Sáng kiến tỉnh Mẫu', goal: 2000, owner_unit_code: 'TM' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const phase = await province({
      method: 'POST',
      url: '/api/v1/programmes/CT-TM/phases',
      payload: { code: 'TM-GD1', name: 'Giai đoạn I', starts_at: '01/01/2023', ends_at: '31/05/2023' },
    });
    expect(phase.statusCode, phase.body).toBe(201);
    // "24 giờ ngày 31/5" is the exclusive end 01/06 00:00.
    expect(phase.json().phases[0]).toMatchObject({
      code: 'TM-GD1',
      starts_at: '2023-01-01T00:00:00+07:00',
      ends_at: '2023-06-01T00:00:00+07:00',
    });
    const campaign = await province({
      method: 'POST',
      url: '/api/v1/phases/TM-GD1/campaigns',
      payload: { code: 'TM-40N', name: 'Cao điểm 40 ngày', starts_at: '2023-04-21', ends_at: '2023-05-30' },
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    expect(campaign.json().phases[0].campaigns[0].ends_at).toBe('2023-05-31T00:00:00+07:00');
    const outside = await province({
      method: 'POST',
      url: '/api/v1/phases/TM-GD1/campaigns',
      payload: { code: 'TM-X', name: 'Ngoài giai đoạn', starts_at: '2023-05-21', ends_at: '2023-06-30' },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields).toEqual({
      ends_at: 'Đợt thi đua phải kết thúc trong thời gian của giai đoạn.',
    });
    const badDate = await province({
      method: 'POST',
      url: '/api/v1/programmes/CT-TM/phases',
      payload: { code: 'TM-GD2', name: 'Giai đoạn II', starts_at: '31/02/2023', ends_at: '31/12/2023' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields.starts_at).toMatch(/Ngày bắt đầu không hợp lệ/);
    const again = await province({
      method: 'POST',
      url: '/api/v1/programmes',
      payload: { code: 'CT-TM', name: 'Trùng', owner_unit_code: 'TM' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.code).toMatch(/đã được dùng/);
  });

  it('keeps a programme to its own subtree: a neighbour gets 404, the national admin may help', async () => {
    expect(
      (await neighbour({ method: 'PATCH', url: '/api/v1/programmes/CT-TM', payload: { goal: 1 } })).statusCode,
    ).toBe(404);
    expect(
      (
        await neighbour({
          method: 'POST',
          url: '/api/v1/programmes',
          payload: { code: 'X', name: 'X', owner_unit_code: 'TM' },
        })
      ).statusCode,
    ).toBe(404);
    const changed = await national({ method: 'PATCH', url: '/api/v1/programmes/CT-TM', payload: { goal: 2500 } });
    expect(changed.json().goal).toBe(2500);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/programmes' });
    expect(list.json().items.map((p: { code: string }) => p.code)).toEqual(['CT1', 'CT-TM']);
  });

  it('keeps the list of fields for the national admin only', async () => {
    const added = await national({ method: 'POST', url: '/api/v1/fields', payload: { code: 'CK', name: 'Cơ khí' } });
    expect(added.statusCode).toBe(201);
    expect(added.json().items).toContainEqual({ code: 'CK', name: 'Cơ khí', active: true });
    expect(
      (await province({ method: 'POST', url: '/api/v1/fields', payload: { code: 'YT', name: 'Y tế' } })).statusCode,
    ).toBe(403);
  });

  it('sets up an emulation cluster of units in the subtree, ranked against each other', async () => {
    const saved = await province({
      method: 'POST',
      url: '/api/v1/units/TM/clusters',
      payload: { code: 'CUM-A', name: 'Cụm A', unit_codes: ['TMH1', 'TMH2'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items[0].units.map((u: { code: string }) => u.code)).toEqual(['TMH1', 'TMH2']);
    const outside = await province({
      method: 'POST',
      url: '/api/v1/units/TM/clusters',
      payload: { code: 'CUM-B', name: 'Cụm B', unit_codes: ['TK'] },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields['unit_codes.0']).toBe('Đơn vị "TK" không thuộc "TM".');
    const ranking = await province({ url: '/api/v1/units/TM/ranking?phase=GD1&cluster=CUM-A' });
    expect(
      ranking
        .json()
        .items.map((i: { code: string }) => i.code)
        .sort(),
    ).toEqual(['TMH1', 'TMH2']);
    expect((await neighbour({ url: '/api/v1/units/TM/clusters' })).statusCode).toBe(404);
  });
});
