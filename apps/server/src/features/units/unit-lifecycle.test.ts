import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { queryRows } from '../../db/client.ts';
import { initiatives, members, units } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';
import { buildPhaseReport } from '../reports/reports.service.ts';

describe('unit lifecycle: create, rename, move, merge, close, with history', () => {
  let t: TestApp;
  let province: Session;
  let district: Session;
  const now = new Date('2025-07-02T10:00:00+07:00');
  const post = (session: Session, url: string, payload: object) =>
    injectAs(t.app, session, { method: 'POST', url: `/api/v1${url}`, payload });
  const unitRow = async (code: string) => (await t.database.db.select().from(units).where(eq(units.code, code)))[0]!;
  const history = async (session: Session, code: string) =>
    (await injectAs(t.app, session, { method: 'GET', url: `/api/v1/units/${code}/history` })).json();

  beforeAll(async () => {
    t = await createTestApp({ now });
    await importDataset(t.database, EXAMPLE_DATASET, { now: new Date('2022-01-01T00:00:00+07:00') });
    province = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TM']] })).login);
    district = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
  });
  afterAll(() => t.close());

  it('creates a unit under one the admin administers, with a join code for grassroots', async () => {
    const created = await post(district, '/units', {
      code: 'TMH1C0009',
      name: 'CĐCS Công ty Mới',
      kind: 'grassroots',
      parent_code: 'TMH1',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'TMH1C0009',
      parent_code: 'TMH1',
      depth: 3,
      join_code: expect.stringMatching(/^[A-Z2-9]{6}$/),
    });
    expect((await unitRow('TMH1C0009')).path).toEqual([
      ...(await unitRow('TMH1')).path,
      (await unitRow('TMH1C0009')).id,
    ]);
    const duplicate = await post(district, '/units', {
      code: 'TMH1C0009',
      name: 'Trùng',
      kind: 'grassroots',
      parent_code: 'TMH1',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields.code).toContain('TMH1C0009');
    const underGrassroots = await post(district, '/units', {
      code: 'X1',
      name: 'X',
      kind: 'grassroots',
      parent_code: 'TMH1C0001',
    });
    expect(underGrassroots.statusCode).toBe(422);
    expect(
      (await post(district, '/units', { code: 'X2', name: 'X', kind: 'district', parent_code: 'TM' })).statusCode,
    ).toBe(404);
  });

  it('renames with the old name kept in history; a district admin may rename its own unit', async () => {
    const renamed = await injectAs(t.app, district, {
      method: 'PATCH',
      url: '/api/v1/units/TMH1',
      payload: { name: 'LĐLĐ  thị xã Đông', on: '2025-06-01' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('LĐLĐ thị xã Đông');
    const items = (await history(district, 'TMH1')).items;
    expect(items.map((v: { name: string }) => v.name)).toEqual(['LĐLĐ huyện Đông', 'LĐLĐ thị xã Đông']);
    expect(items[0].valid_to).toBe('2025-06-01T00:00:00+07:00');
    expect(items[1]).toMatchObject({ valid_from: '2025-06-01T00:00:00+07:00', valid_to: null });
    const backdated = await injectAs(t.app, district, {
      method: 'PATCH',
      url: '/api/v1/units/TMH1',
      payload: { name: 'Cũ hơn', on: '2025-05-01' },
    });
    expect(backdated.statusCode).toBe(422);
    expect(backdated.json().error.fields.on).toContain('01/06/2025');
  });

  it('moves a grassroots unit with its figures; only an admin above it may, and only into their scope', async () => {
    expect((await post(district, '/units/TMH1/move', { parent_code: 'TMN1' })).statusCode).toBe(403);
    expect((await post(district, '/units/TMH1C0001/move', { parent_code: 'TMH2' })).statusCode).toBe(404);
    expect((await post(province, '/units/TMH1/move', { parent_code: 'TMH1C0009' })).statusCode).toBe(422);
    const before = await buildPhaseReport(t.database.db, 'TMH2', 'GD1', { now });
    const movingFigures = before.children.find((c) => c.code === 'TMH2C0001')!;

    const moved = await post(province, '/units/TMH2C0001/move', { parent_code: 'TMH1', on: '2025-07-01' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      parent_code: 'TMH1',
      ancestors: [{ code: 'TW' }, { code: 'TM' }, { code: 'TMH1' }],
    });
    const tmh1 = await unitRow('TMH1');
    expect((await unitRow('TMH2C0001')).path).toEqual([...tmh1.path, (await unitRow('TMH2C0001')).id]);
    const after = await buildPhaseReport(t.database.db, 'TMH1', 'GD1', { now });
    expect(after.children.find((c) => c.code === 'TMH2C0001')?.submissions).toBe(movingFigures.submissions);
    expect((await buildPhaseReport(t.database.db, 'TMH2', 'GD1', { now })).submissions).toBe(
      before.submissions - movingFigures.submissions,
    );
    const items = (await history(province, 'TMH2C0001')).items;
    expect(items.map((v: { parent_code: string }) => v.parent_code)).toEqual(['TMH2', 'TMH1']);
    expect(items[0].valid_to).toBe('2025-07-01T00:00:00+07:00');
  });

  it('merges a grassroots unit: members follow, initiatives stay, its join code leads to the successor', async () => {
    const from = await unitRow('TMH1C0003');
    const into = await unitRow('TMH1C0002');
    const memberCount = (await t.database.db.select().from(members).where(eq(members.unitId, from.id))).length;
    const initiativeCount = (await t.database.db.select().from(initiatives).where(eq(initiatives.unitId, from.id)))
      .length;
    expect(memberCount).toBeGreaterThan(0);
    const merged = await post(district, '/units/TMH1C0003/merge', { successor_code: 'TMH1C0002', on: '2025-07-01' });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      successor_code: 'TMH1C0002',
      closed: true,
      valid_to: '2025-07-01T00:00:00+07:00',
    });
    expect(await t.database.db.select().from(members).where(eq(members.unitId, from.id))).toHaveLength(0);
    expect(
      (await t.database.db.select().from(members).where(eq(members.unitId, into.id))).length,
    ).toBeGreaterThanOrEqual(memberCount);
    expect(await t.database.db.select().from(initiatives).where(eq(initiatives.unitId, from.id))).toHaveLength(
      initiativeCount,
    );
    const join = await t.app.inject({ method: 'GET', url: `/api/v1/join/${from.joinCode}` });
    expect(join.json().unit.code).toBe('TMH1C0002');
    const versions = (await history(district, 'TMH1C0003')).items;
    expect(versions.at(-1).valid_to).toBe('2025-07-01T00:00:00+07:00');
    const children = await injectAs(t.app, district, { method: 'GET', url: '/api/v1/units/TMH1/children' });
    expect(children.json().items.map((c: { code: string }) => c.code)).not.toContain('TMH1C0003');
  });

  it('merges a district into another (the 2025 reorganisation): its grassroots units move under the successor', async () => {
    const merged = await post(province, '/units/TMH2/merge', { successor_code: 'TMH1', on: '2025-07-01' });
    expect(merged.statusCode).toBe(200);
    const child = await unitRow('TMH2C0002');
    expect(child.parentId).toBe((await unitRow('TMH1')).id);
    expect(child.path).toEqual([...(await unitRow('TMH1')).path, child.id]);
    const versions = (await history(province, 'TMH2C0002')).items;
    expect(versions.map((v: { parent_code: string }) => v.parent_code)).toEqual(['TMH2', 'TMH1']);
    const remaining = await queryRows<{ code: string }>(
      t.database.db,
      sql`select code from units where path @> array[${(await unitRow('TMH2')).id}]::int[]`,
    );
    expect(remaining.map((r) => r.code)).toEqual(['TMH2']);
  });

  it('merges a union into its own province (the district level ended in 2025): its units come under the province', async () => {
    const merged = await post(province, '/units/TMK1/merge', { successor_code: 'TM', on: '2025-07-01' });
    expect(merged.statusCode).toBe(200);
    const tm = await unitRow('TM');
    const child = await unitRow('TMK1C0001');
    expect(child.parentId).toBe(tm.id);
    expect(child.path).toEqual([...tm.path, child.id]);
    expect(child.depth).toBe(tm.depth + 1);
    const report = await buildPhaseReport(t.database.db, 'TM', 'GD1', { now });
    expect(report.children.map((c) => c.code)).toEqual(expect.arrayContaining(['TMK1C0001', 'TMK1C0002']));
    expect(report.children.map((c) => c.code)).not.toContain('TMK1');
  });

  it('closes a unit on a date only once it is empty', async () => {
    const busy = await post(province, '/units/TMN1/close', { on: '2025-07-01' });
    expect(busy.statusCode).toBe(422);
    expect(busy.json().error.fields.on).toContain('đơn vị trực thuộc');
    const beforeItExisted = await post(district, '/units/TMH1C0009/close', { on: '01/07/2025' });
    expect(beforeItExisted.statusCode).toBe(422);
    const closed = await post(district, '/units/TMH1C0009/close', { on: '02/07/2025 10:30' });
    expect(closed.statusCode).toBe(200);
    t.setNow(new Date('2025-07-02T11:00:00+07:00'));
    expect((await injectAs(t.app, district, { method: 'GET', url: '/api/v1/units/TMH1C0009' })).json()).toMatchObject({
      closed: true,
      valid_to: '2025-07-02T10:30:00+07:00',
    });
    expect((await post(district, '/units/TMH1C0009/close', {})).statusCode).toBe(422);
  });

  it('renews a join code: the old one stops working', async () => {
    const old = (await unitRow('TMH1C0001')).joinCode;
    const renewed = await post(district, '/units/TMH1C0001/join-code', {});
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().join_code).not.toBe(old);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/join/${old}` })).statusCode).toBe(422);
  });
});

describe('tree browser search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await importDataset(t.database, EXAMPLE_DATASET);
  });
  afterAll(() => t.close());

  const search = (session: Session, query: string) =>
    injectAs(t.app, session, { method: 'GET', url: `/api/v1/units?${query}` });

  it('finds by name ignoring diacritics, and by code, only inside the caller’s scope', async () => {
    const national = await logIn(t.app, (await createPerson(t.database, { roles: [['viewer', 'TW']] })).login);
    const west = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH2']] })).login);
    const byName = await search(national, 'q=huyen%20dong');
    expect(byName.json().items.map((u: { code: string }) => u.code)).toEqual(['TMH1']);
    const byCode = await search(national, 'q=tmh1c');
    expect(byCode.json().items.map((u: { code: string }) => u.code)).toEqual(['TMH1C0001', 'TMH1C0002', 'TMH1C0003']);
    expect(byCode.json().items[0]).toMatchObject({
      parent_code: 'TMH1',
      parent_name: 'LĐLĐ huyện Đông',
      children_count: 0,
    });
    const scoped = await search(west, 'q=C%C4%90CS');
    expect(scoped.json().items.map((u: { code: string }) => u.code)).toEqual(['TMH2C0001', 'TMH2C0002']);
    const paged = await search(national, 'q=cdcs&limit=2&offset=2');
    expect(paged.json().items).toHaveLength(2);
    expect(paged.json().has_more).toBe(true);
    expect((await search(west, 'q=cdcs&within=TMH1')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/units?q=cdcs' })).statusCode).toBe(401);
  });
});
