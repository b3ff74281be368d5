import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardCommendationSchema, Commendations } from '@sangkien/shared';
import type { z } from 'zod';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { paragraphs, readDocx } from '../../../test/docx-xml.ts';
import { initiatives } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('outstanding initiatives level by level, and awards feeding the commendation lists', () => {
  let t: TestApp;
  const as: Record<string, Session> = {};
  let nominationId = 0;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2022-06-15T09:00:00+07:00') });
    await importDataset(t.database, EXAMPLE_DATASET);
    for (const unit of ['TMH1C0001', 'TMH1C0002', 'TMH1', 'TMH2', 'TM']) {
      as[unit] = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', unit]] })).login);
    }
    as.viewer = await logIn(t.app, (await createPerson(t.database, { roles: [['viewer', 'TMH1']] })).login);
    // Recognised by the grassroots unit's council (the councils test covers how).
    await t.database.db
      .update(initiatives)
      .set({ recognisedAt: new Date('2022-04-01T09:00:00+07:00'), recognitionDecision: 'Hội đồng cơ sở' })
      .where(inArray(initiatives.code, ['SK000001', 'SK000002']));
  });
  afterAll(() => t.close());

  const nominate = (who: string, unit: string, payload: object) =>
    injectAs(t.app, as[who]!, { method: 'POST', url: `/api/v1/units/${unit}/nominations`, payload });

  it('puts only recognised initiatives forward, from where they were made, to a unit above, once', async () => {
    expect((await nominate('TMH1C0001', 'TMH1C0001', { initiative_code: 'SK000004' })).statusCode).toBe(422);
    expect((await nominate('TMH1C0002', 'TMH1C0002', { initiative_code: 'SK000001' })).statusCode).toBe(404);
    const sideways = await nominate('TMH1C0001', 'TMH1C0001', { initiative_code: 'SK000001', to_unit_code: 'TMH2' });
    expect(sideways.statusCode).toBe(422);
    expect(Object.keys(sideways.json().error.fields)).toEqual(['to_unit_code']);
    const sent = await nominate('TMH1C0001', 'TMH1C0001', { initiative_code: 'SK000001', note: 'Tiết kiệm nước' });
    expect(sent.statusCode).toBe(201);
    nominationId = sent.json().id;
    expect(sent.json()).toMatchObject({
      to_unit: { code: 'TMH1' },
      from_unit: { code: 'TMH1C0001' },
      level: 'district',
      status: 'nominated',
    });
    expect((await nominate('TMH1C0001', 'TMH1C0001', { initiative_code: 'SK000001' })).statusCode).toBe(409);
    expect((await nominate('TMH1C0001', 'TMH1C0001', { initiative_code: 'SK000002' })).json().initiative).toMatchObject(
      { title: '(bảo mật)' },
    );
  });

  it('lets only the receiving unit’s admin select; others get 404 or 403', async () => {
    const decide = (who: string) =>
      injectAs(t.app, as[who]!, {
        method: 'POST',
        url: `/api/v1/nominations/${nominationId}/decision`,
        payload: { status: 'selected' },
      });
    expect((await decide('TMH2')).statusCode).toBe(404);
    expect((await decide('TMH1C0001')).statusCode).toBe(404);
    expect((await decide('viewer')).statusCode).toBe(403);
    const received = await injectAs(t.app, as.TMH1!, { method: 'GET', url: '/api/v1/units/TMH1/nominations' });
    expect(
      received
        .json()
        .received.map((n: { initiative: { code: string } }) => n.initiative.code)
        .sort(),
    ).toEqual(['SK000001', 'SK000002']);
    const selected = await decide('TMH1');
    expect(selected.statusCode).toBe(200);
    expect(selected.json()).toMatchObject({ status: 'selected' });
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.code, 'SK000001'));
    expect(row!.outstandingLevel).toBe('district');
  });

  it('lets the selecting level put it further up, and raises the level when the province selects', async () => {
    expect((await nominate('TMH2', 'TMH2', { initiative_code: 'SK000001' })).statusCode).toBe(404);
    // The district did not select SK000002, so it cannot send it on.
    expect((await nominate('TMH1', 'TMH1', { initiative_code: 'SK000002' })).statusCode).toBe(422);
    const up = await nominate('TMH1', 'TMH1', { initiative_code: 'SK000001' });
    expect(up.json()).toMatchObject({ to_unit: { code: 'TM' }, level: 'province' });
    await injectAs(t.app, as.TM!, {
      method: 'POST',
      url: `/api/v1/nominations/${up.json().id}/decision`,
      payload: { status: 'selected' },
    });
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.code, 'SK000001'));
    expect(row!.outstandingLevel).toBe('province');
  });

  const award = (who: string, unit: string, payload: object) =>
    injectAs(t.app, as[who]!, { method: 'POST', url: `/api/v1/units/${unit}/awards`, payload });

  it('records awards to initiatives, members and collectives of the subtree, at the granting unit’s level', async () => {
    const base = { decided_on: '2022-06-10' };
    const toInitiative = await award('TM', 'TM', {
      ...base,
      kind: 'bang_khen',
      decision_number: '45/QĐ-LĐLĐ',
      initiative_code: 'SK000001',
    });
    expect(toInitiative.statusCode).toBe(201);
    expect(toInitiative.json()).toMatchObject({
      kind_label: 'Bằng khen',
      level: 'province',
      phase_code: 'GD1',
      recipient_kind: 'initiative',
      recipient_name: 'Tái sử dụng nước làm mát máy nén khí',
    });
    expect(
      (
        await award('TMH1', 'TMH1', {
          ...base,
          kind: 'giay_khen',
          decision_number: '7/QĐ',
          member_code: 'DV000001',
          phase: 'GD1',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await award('TMH1', 'TMH1', {
          ...base,
          kind: 'giay_khen',
          decision_number: '8/QĐ',
          unit_code: 'TMH1C0001',
          phase: 'GD1',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await award('TMH1', 'TMH1', {
          ...base,
          kind: 'giay_khen',
          decision_number: '9/QĐ',
          initiative_code: 'SK000002',
        })
      ).json(),
    ).toMatchObject({ recipient_name: '(bảo mật)' });
    const outside = await award('TMH1', 'TMH1', {
      ...base,
      kind: 'giay_khen',
      decision_number: '1',
      unit_code: 'TMH2C0001',
    });
    expect(outside.statusCode).toBe(404);
    expect(Object.keys(outside.json().error.fields)).toEqual(['unit_code']);
    expect(
      (await award('viewer', 'TMH1', { ...base, kind: 'giay_khen', decision_number: '1', unit_code: 'TMH1' }))
        .statusCode,
    ).toBe(403);
    const two = await award('TM', 'TM', {
      ...base,
      kind: 'giay_khen',
      decision_number: '1',
      unit_code: 'TM',
      member_code: 'DV000001',
    });
    expect(two.statusCode).toBe(400);
    const listed = await injectAs(t.app, as.viewer!, { method: 'GET', url: '/api/v1/units/TMH1/awards' });
    expect(listed.json().items.map((a: { decision_number: string }) => a.decision_number)).toEqual([
      '7/QĐ',
      '8/QĐ',
      '9/QĐ',
    ]);
  });

  it('puts the awards on the commendation lists, masked when confidential, and in the DOCX', async () => {
    const url = '/api/v1/units/TM/commendations?phase=GD1&criteria=awarded_collectives,awarded_individuals';
    const body = (await injectAs(t.app, as.TM!, { method: 'GET', url })).json() as Commendations;
    const [collectives, individuals] = body.lists;
    expect(collectives).toMatchObject({
      criterion: 'awarded_collectives',
      items: [
        { rank: 1, recipient: 'CĐCS TMH1-1', kind_label: 'Giấy khen', level: 'district', decision_number: '8/QĐ' },
      ],
    });
    const items = individuals!.items as Array<z.infer<typeof AwardCommendationSchema>>;
    expect(items.map((i) => [i.rank, i.recipient, i.initiative_title, i.decision_number])).toEqual([
      [1, 'Đặng Thị Khánh', 'Tái sử dụng nước làm mát máy nén khí', '45/QĐ-LĐLĐ'],
      [2, 'Đặng Thị Khánh', null, '7/QĐ'],
      [2, '', '(bảo mật)', '9/QĐ'],
    ]);
    const docx = await injectAs(t.app, as.TM!, { method: 'GET', url: `${url}&format=docx` });
    const text = paragraphs((await readDocx(docx.rawPayload)).document).join('\n');
    expect(text).toContain('Tập thể đã được khen thưởng (giấy khen, bằng khen)');
    expect(text).toContain('Bằng khen của LĐLĐ tỉnh Mẫu, quyết định số 45/QĐ-LĐLĐ ngày 10/06/2022');
  });
});
