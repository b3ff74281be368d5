import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';
import { auditLog, members, units } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';
import { joinQrSvg, registrationUrl } from './join-qr.ts';

describe('registration with a join code', () => {
  let t: TestApp;
  let joinCode: string;
  const register = (payload: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });

  beforeAll(async () => {
    t = await createTestApp();
    await importDataset(t.database, EXAMPLE_DATASET);
    const [unit] = await t.database.db.select().from(units).where(eq(units.code, 'TMH1C0002'));
    joinCode = unit!.joinCode!;
  });
  afterAll(() => t.close());

  it('shows the unit a join code leads to, in any case and with spaces', async () => {
    const spaced = `${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`;
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/join/${encodeURIComponent(spaced)}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      join_code: joinCode,
      unit: { code: 'TMH1C0002', name: 'CĐCS TMH1-2', parent_name: 'LĐLĐ huyện Đông' },
    });
  });

  it('registers a new member into the unit, signed in at once', async () => {
    const response = await register({
      phone: '0933 111 222',
      password: 'mật khẩu của tôi',
      full_name: '  Lê   Thị Hoa ',
      join_code: joinCode,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      linked_existing_member: false,
      account: { phone: '+84933111222', display_name: 'Lê Thị Hoa' },
      member: { full_name: 'Lê Thị Hoa', unit: { code: 'TMH1C0002' } },
      roles: [],
    });
    expect(body.member_code).toMatch(/^DK-[A-Z0-9]{8}$/);
    const cookie = response.cookies.find((c) => c.name === 'sk_session')!;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `sk_session=${cookie.value}` },
    });
    expect(me.json().member_code).toBe(body.member_code);
    const [member] = await t.database.db.select().from(members).where(eq(members.code, body.member_code));
    expect(member).toMatchObject({ phone: '+84933111222', nameFolded: 'le thi hoa' });
  });

  it('links to the roster member of that unit with the same phone', async () => {
    const [unit] = await t.database.db.select().from(units).where(eq(units.code, 'TMH1C0001'));
    const response = await register({
      phone: '84942180967',
      password: 'mật khẩu của tôi',
      full_name: 'Khánh',
      join_code: unit!.joinCode!,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      member_code: 'DV000001',
      linked_existing_member: true,
      account: { display_name: 'Đặng Thị Khánh' },
    });
  });

  it('creates a new member when the phone is on another unit’s roster only', async () => {
    const response = await register({
      phone: '0910 843 646',
      password: 'mật khẩu của tôi',
      full_name: 'Đỗ Xuân Lan',
      join_code: joinCode,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().linked_existing_member).toBe(false);
    expect(response.json().member_code).not.toBe('DV000014');
  });

  it('refuses a phone that already has an account', async () => {
    const response = await register({
      phone: '+84942 180 967',
      password: 'mật khẩu khác nữa',
      full_name: 'Người khác',
      join_code: joinCode,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields.phone).toContain('đã có tài khoản');
  });

  it('refuses a bad join code with a field error in Vietnamese, and writes nothing', async () => {
    const before = await t.database.db.select().from(members);
    const response = await register({
      phone: '0944 555 666',
      password: 'mật khẩu của tôi',
      full_name: 'Trần Văn Bình',
      join_code: 'ZZZZZZ',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'rule_broken',
      fields: { join_code: expect.stringContaining('Không có công đoàn cơ sở nào có mã tham gia "ZZZZZZ"') },
    });
    expect(await t.database.db.select().from(members)).toHaveLength(before.length);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/join/ZZZZZZ' })).statusCode).toBe(422);
  });

  it('explains a bad phone and a weak password field by field', async () => {
    const phone = await register({ phone: '12345', password: 'mật khẩu tốt', full_name: 'A', join_code: joinCode });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.fields.phone).toContain('0912 345 678');
    const weak = await register({ phone: '0944 555 667', password: '0944555667', full_name: 'A', join_code: joinCode });
    expect(weak.json().error.fields.password).toContain('trùng');
  });

  it('records the registration in the audit log', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'register'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});

describe('join QR codes', () => {
  let t: TestApp;
  let admin: Session;
  let supporter: Session;
  let siblingAdmin: Session;
  let joinCode: string;

  beforeAll(async () => {
    t = await createTestApp({ config: { publicUrl: 'https://sangkien.congdoan.vn' } });
    await importDataset(t.database, EXAMPLE_DATASET);
    const [unit] = await t.database.db.select().from(units).where(eq(units.code, 'TMH1C0001'));
    joinCode = unit!.joinCode!;
    admin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1']] })).login);
    supporter = await logIn(t.app, (await createPerson(t.database, { roles: [['supporter', 'TMH1C0001']] })).login);
    siblingAdmin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH2']] })).login);
  });
  afterAll(() => t.close());

  it('gives the admin an SVG encoding the registration address with the unit chosen', async () => {
    const response = await injectAs(t.app, admin, { method: 'GET', url: '/api/v1/units/TMH1C0001/join-qr.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    const expected = await joinQrSvg(registrationUrl('https://sangkien.congdoan.vn', joinCode));
    expect(response.body).toBe(expected);
    expect(response.body).not.toBe(await joinQrSvg(registrationUrl('https://sangkien.congdoan.vn', 'KHAC12')));
  });

  it('gives a PNG too', async () => {
    const response = await injectAs(t.app, admin, { method: 'GET', url: '/api/v1/units/TMH1C0001/join-qr.png' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('refuses others: supporter 403, another district’s admin 404, anonymous 401, non-grassroots 422', async () => {
    const url = '/api/v1/units/TMH1C0001/join-qr.svg';
    expect((await injectAs(t.app, supporter, { method: 'GET', url })).statusCode).toBe(403);
    expect((await injectAs(t.app, siblingAdmin, { method: 'GET', url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await injectAs(t.app, admin, { method: 'GET', url: '/api/v1/units/TMH1/join-qr.svg' })).statusCode).toBe(
      422,
    );
  });
});
