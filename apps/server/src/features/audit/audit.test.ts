import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('reading the audit log of one’s scope', () => {
  let t: TestApp;
  let national: Session;
  let east: Session;
  let west: Session;
  let reviewer: Session;
  const read = (session: Session, query = '') =>
    injectAs(t.app, session, { method: 'GET', url: `/api/v1/audit${query}` });
  const keys = (response: { json(): { items: Array<{ entity: string; action: string; entity_key: string }> } }) =>
    response.json().items.map((e) => `${e.entity}.${e.action}:${e.entity_key}`);

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-05-01T08:00:00+07:00') });
    await importDataset(t.database, EXAMPLE_DATASET);
    national = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TW']] })).login);
    east = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    west = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH2']] })).login);
    reviewer = await logIn(t.app, (await createPerson(t.database, { roles: [['reviewer', 'TMH1']] })).login);
    await injectAs(t.app, east, {
      method: 'PATCH',
      url: '/api/v1/units/TMH1C0001',
      payload: { name: 'CĐCS Đông Một' },
    });
    t.setNow(new Date('2026-05-03T08:00:00+07:00'));
    await injectAs(t.app, east, {
      method: 'POST',
      url: '/api/v1/units/TMH1C0002/members',
      payload: { full_name: 'Lý Văn Mới' },
    });
    await injectAs(t.app, west, { method: 'PATCH', url: '/api/v1/units/TMH2C0001', payload: { name: 'CĐCS Tây Một' } });
  });
  afterAll(() => t.close());

  it('shows an admin only the changes inside its subtree, newest first, with who and before/after', async () => {
    const response = await read(east);
    expect(response.statusCode).toBe(200);
    expect(keys(response)).toEqual(['member.create:' + response.json().items[0].entity_key, 'unit.rename:TMH1C0001']);
    expect(response.json().items[1]).toMatchObject({
      at: '2026-05-01T08:00:00+07:00',
      unit: { code: 'TMH1C0001' },
      before: { name: 'CĐCS TMH1-1' },
      after: { name: 'CĐCS Đông Một' },
      account: { display_name: expect.any(String) },
    });
    expect(keys(await read(west))).toEqual(['unit.rename:TMH2C0001']);
  });

  it('filters by unit subtree, entity, action and period; pages with `before`', async () => {
    expect(keys(await read(national, '?unit=TMH1&entity=unit'))).toEqual(['unit.rename:TMH1C0001']);
    expect(keys(await read(national, '?action=rename'))).toEqual(['unit.rename:TMH2C0001', 'unit.rename:TMH1C0001']);
    expect(keys(await read(national, '?action=rename&from=02/05/2026'))).toEqual(['unit.rename:TMH2C0001']);
    expect(keys(await read(national, '?action=rename&to=2026-05-01'))).toEqual(['unit.rename:TMH1C0001']);
    const first = await read(national, '?limit=1');
    expect(first.json().items).toHaveLength(1);
    const second = await read(national, `?limit=1&before=${first.json().next_before}`);
    expect(second.json().items[0].id).toBeLessThan(first.json().items[0].id);
  });

  it('filters by who made the change (account id)', async () => {
    const eastId = (await read(east)).json().items[0].account.id as number;
    expect(keys(await read(national, `?account=${eastId}&entity=unit`))).toEqual(['unit.rename:TMH1C0001']);
    expect(keys(await read(west, `?account=${eastId}`))).toEqual([]);
    expect((await read(national, '?account=abc')).statusCode).toBe(400);
  });

  it('gives national admins the entries tied to no unit (the dataset import)', async () => {
    expect(keys(await read(national, '?entity=dataset'))).toEqual(['dataset.import:data']);
    expect(keys(await read(east, '?entity=dataset'))).toEqual([]);
  });

  it('refuses non-admins and units outside the scope', async () => {
    expect((await read(reviewer)).statusCode).toBe(403);
    expect((await read(east, '?unit=TMH2')).statusCode).toBe(404);
    expect((await read(reviewer, '?unit=TMH1')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
    expect((await read(east, '?from=hôm qua')).json().error.fields.from).toContain('01/07/2025');
  });
});

describe('the audit log is append-only', () => {
  it('refuses to change or remove an entry, in the database itself', async () => {
    const t = await createTestApp();
    try {
      await importDataset(t.database, EXAMPLE_DATASET);
      const refusal = (query: Promise<unknown>) =>
        query.then(
          () => 'accepted',
          (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
        );
      expect(await refusal(t.database.db.execute(sql`update audit_log set action = 'x'`))).toContain('append-only');
      expect(await refusal(t.database.db.execute(sql`delete from audit_log`))).toContain('append-only');
    } finally {
      await t.close();
    }
  });
});
