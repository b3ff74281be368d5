import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson, injectAs, logIn, type Session, type TestPerson } from '../../../test/auth-helpers.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('password reset by an admin of the member’s unit', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let otherAdmin: Session;
  let member: TestPerson;
  const start = new Date('2026-04-01T09:00:00+07:00');
  const complete = (payload: Record<string, string>, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload, remoteAddress });
  const issue = (session: Session, code: string) =>
    injectAs(t.app, session, { method: 'POST', url: `/api/v1/members/${code}/password-reset` });

  beforeAll(async () => {
    t = await createTestApp({ now: start });
    await importDataset(t.database, EXAMPLE_DATASET);
    admin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH1C0003']] })).login);
    viewer = await logIn(t.app, (await createPerson(t.database, { roles: [['viewer', 'TMH1']] })).login);
    otherAdmin = await logIn(t.app, (await createPerson(t.database, { roles: [['admin', 'TMH2']] })).login);
    member = await createPerson(t.database, { memberOf: 'TMH1C0003' });
  });
  afterAll(() => t.close());

  it('issues a one-time code the member uses to set a new password; old sessions end', async () => {
    const oldSession = await logIn(t.app, member.login);
    const issued = await issue(admin, member.memberCode!);
    expect(issued.statusCode).toBe(201);
    const { code, login, expires_at } = issued.json();
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(login).toBe(member.login);
    expect(expires_at).toBe('2026-04-02T09:00:00+07:00');

    const done = await complete({
      login: member.login,
      code: code.toLowerCase().replace('-', ' '),
      new_password: 'mật khẩu mới toanh',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().member_code).toBe(member.memberCode);
    expect((await injectAs(t.app, oldSession, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    await logIn(t.app, member.login, 'mật khẩu mới toanh');

    const again = await complete({ login: member.login, code, new_password: 'lại mật khẩu khác' });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.fields.code).toContain('cấp mã mới');
  });

  it('refuses a code after 24 hours, and an older code once a newer one is issued', async () => {
    const first = (await issue(admin, member.memberCode!)).json().code;
    const second = (await issue(admin, member.memberCode!)).json().code;
    expect((await complete({ login: member.login, code: first, new_password: 'mật khẩu số một' })).statusCode).toBe(
      422,
    );
    t.setNow(new Date(start.getTime() + 24 * 3_600_000 + 1000));
    expect((await complete({ login: member.login, code: second, new_password: 'mật khẩu số hai' })).statusCode).toBe(
      422,
    );
    t.setNow(start);
  });

  it('only admins over the member’s unit: viewer 403, another district 404, anonymous 401', async () => {
    expect((await issue(viewer, member.memberCode!)).statusCode).toBe(403);
    expect((await issue(otherAdmin, member.memberCode!)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/members/${member.memberCode}/password-reset` })).statusCode,
    ).toBe(401);
    expect((await issue(admin, 'KHONG-CO')).statusCode).toBe(404);
  });

  it('throttles guessing codes', async () => {
    const target = await createPerson(t.database, { memberOf: 'TMH1C0003' });
    for (let i = 0; i < 5; i++) {
      expect(
        (await complete({ login: target.login, code: `AAAAA-AAAA${i}`, new_password: 'mật khẩu đoán' }, '10.8.0.1'))
          .statusCode,
      ).toBe(422);
    }
    expect(
      (await complete({ login: target.login, code: 'AAAAA-AAAAA', new_password: 'mật khẩu đoán' }, '10.8.0.2'))
        .statusCode,
    ).toBe(429);
  });
});
