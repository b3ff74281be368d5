import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import {
  createPerson,
  injectAs,
  logIn,
  sessionCookie,
  TEST_PASSWORD,
  type TestPerson,
} from '../../../test/auth-helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('signing in with a password, sessions and CSRF', () => {
  let t: TestApp;
  let admin: TestPerson;
  const start = new Date('2026-03-01T08:00:00+07:00');

  beforeAll(async () => {
    t = await createTestApp({ now: start });
    await importDataset(t.database, EXAMPLE_DATASET);
    admin = await createPerson(t.database, {
      name: 'Nguyễn Văn Quản',
      login: '+84912345678',
      memberOf: 'TMH1C0001',
      roles: [['admin', 'TMH1']],
    });
  });
  afterAll(() => t.close());

  for (const written of ['0912 345 678', '+84912345678', '84912345678', '0912.345.678']) {
    it(`accepts the phone number written as "${written}"`, async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: written, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.account.phone).toBe('+84912345678');
      expect(body.member_code).toBe(admin.memberCode);
      expect(body.roles).toEqual([expect.objectContaining({ role: 'admin', unit_code: 'TMH1' })]);
      expect(body.csrf_token).toMatch(/^[\w-]{40,}$/);
      const cookie = response.cookies.find((c) => c.name === 'sk_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
    });
  }

  it('logs in by e-mail ignoring case', async () => {
    await createPerson(t.database, { login: 'can.bo@congdoan.vn' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'Can.Bo@CongDoan.vn', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown login with the same message', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: '0912345678', password: 'sai mật khẩu' },
      remoteAddress: '10.1.1.1',
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: '0987000111', password: 'sai mật khẩu' },
      remoteAddress: '10.1.1.1',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('says what a login must look like', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'abc', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.login).toContain('0912 345 678');
  });

  it('marks the cookie Secure when the request came over https behind a trusted proxy', async () => {
    const behindTls = await createTestApp({ config: { trustProxy: true } });
    try {
      const person = await createPerson(behindTls.database);
      const response = await behindTls.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: person.login, password: TEST_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.cookies.find((c) => c.name === 'sk_session')!.secure).toBe(true);
    } finally {
      await behindTls.close();
    }
  });

  it('shows me with roles and the CSRF token; anonymous gets 401', async () => {
    const session = await logIn(t.app, admin.login);
    const me = await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      csrf_token: session.csrf,
      member: { code: admin.memberCode, unit: { code: 'TMH1C0001' } },
      roles: [{ role: 'admin', unit_code: 'TMH1', unit_name: 'LĐLĐ huyện Đông' }],
    });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
  });

  it('answers /auth/session with me for a session and null (not 401) for a visitor', async () => {
    const session = await logIn(t.app, admin.login);
    const signedIn = await injectAs(t.app, session, { method: 'GET', url: '/api/v1/auth/session' });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me).toMatchObject({ csrf_token: session.csrf, member: { code: admin.memberCode } });
    const visitor = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ me: null });
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: 'sk_session=not-a-session' },
    });
    expect(stale.json()).toEqual({ me: null });
  });

  it('refuses a state-changing request without or with a wrong X-CSRF-Token', async () => {
    const session = await logIn(t.app, admin.login);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie: session.cookie },
      payload: { name: 'thiếu csrf' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toMatchObject({ code: 'csrf_failed' });
    expect(missing.json().error.message).toContain('X-CSRF-Token');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': 'khong-dung' },
      payload: { name: 'sai csrf' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'đúng' },
    });
    expect(right.statusCode).toBe(201);
  });

  it('ends the session on logout, and every session on logout-all', async () => {
    const here = await logIn(t.app, admin.login);
    const there = await logIn(t.app, admin.login);
    const out = await injectAs(t.app, here, { method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect((await injectAs(t.app, here, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await injectAs(t.app, there, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);

    const third = await logIn(t.app, admin.login);
    const all = await injectAs(t.app, third, { method: 'POST', url: '/api/v1/auth/logout-all' });
    expect(all.json().ended_sessions).toBeGreaterThanOrEqual(2);
    for (const session of [there, third]) {
      expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    }
  });

  it('expires a session after 30 idle days, and slides while it is used', async () => {
    const session = await logIn(t.app, admin.login);
    t.setNow(new Date(start.getTime() + 20 * 86_400_000));
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    t.setNow(new Date(start.getTime() + 45 * 86_400_000));
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    t.setNow(new Date(start.getTime() + 76 * 86_400_000));
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    t.setNow(start);
  });

  it('ends sessions 90 days after sign-in even when used every day', async () => {
    const session = await logIn(t.app, admin.login);
    for (let day = 25; day < 90; day += 25) {
      t.setNow(new Date(start.getTime() + day * 86_400_000));
      expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    }
    t.setNow(new Date(start.getTime() + 90 * 86_400_000 + 1000));
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    t.setNow(start);
  });

  it('changes the own password only with the current one, ending the other sessions', async () => {
    const person = await createPerson(t.database, { memberOf: 'TMH1C0002' });
    const mine = await logIn(t.app, person.login);
    const other = await logIn(t.app, person.login);
    const wrong = await injectAs(t.app, mine, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { current_password: 'không đúng', new_password: 'mật khẩu mới 2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.current_password).toBeDefined();
    const weak = await injectAs(t.app, mine, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { current_password: TEST_PASSWORD, new_password: 'ngắn' },
    });
    expect(weak.json().error.fields.new_password).toContain('ít nhất 8');
    const changed = await injectAs(t.app, mine, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { current_password: TEST_PASSWORD, new_password: 'mật khẩu mới 2026' },
    });
    expect(changed.json()).toEqual({ ended_sessions: 1 });
    expect((await injectAs(t.app, mine, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    expect((await injectAs(t.app, other, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    await expect(logIn(t.app, person.login)).rejects.toThrow(/401/);
    expect(
      sessionCookie(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { login: person.login, password: 'mật khẩu mới 2026' },
        }),
      ),
    ).toMatch(/^sk_session=/);
  });
});
