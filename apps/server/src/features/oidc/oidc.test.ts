import { eq } from 'drizzle-orm';
import type { ApiErrorBody, Me } from '@sangkien/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, EXAMPLE_DATASET, type TestApp } from '../../../test/helpers.ts';
import { createPerson } from '../../../test/auth-helpers.ts';
import { Browser, freePort, startTestProvider, type TestProvider } from '../../../test/oidc-provider.ts';
import { accountIdentities, units } from '../../db/schema/index.ts';
import { importDataset } from '../datasets/import.service.ts';

describe('single sign-on against a real OpenID Connect provider on loopback', () => {
  let t: TestApp;
  let provider: TestProvider;
  let app: string;
  let joinCode: string;

  const me = async (browser: Browser) => {
    const cookie = browser.cookie(app, 'sk_session');
    const response = await fetch(`${app}/api/v1/me`, { headers: cookie ? { cookie: `sk_session=${cookie}` } : {} });
    return { status: response.status, body: (await response.json()) as Me };
  };
  const signOn = (browser: Browser, subject: string, returnTo = '') =>
    browser.signOn(
      `${app}/api/v1/auth/oidc/thu/start${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ''}`,
      subject,
      app,
    );

  beforeAll(async () => {
    const port = await freePort();
    app = `http://127.0.0.1:${port}`;
    provider = await startTestProvider(`${app}/api/v1/auth/oidc/thu/callback`);
    t = await createTestApp({
      config: {
        publicUrl: app,
        oidcProviders: [
          {
            id: 'thu',
            name: 'Nhà cung cấp thử',
            issuer: provider.issuer,
            client_id: provider.clientId,
            client_secret: provider.clientSecret,
          },
        ],
      },
    });
    await t.app.listen({ port, host: '127.0.0.1' });
    await importDataset(t.database, EXAMPLE_DATASET);
    joinCode = (await t.database.db.select().from(units).where(eq(units.code, 'TMN1C0001')))[0]!.joinCode!;
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  it('lists the configured providers', async () => {
    const response = await fetch(`${app}/api/v1/auth/oidc/providers`);
    expect(await response.json()).toEqual({
      items: [{ id: 'thu', name: 'Nhà cung cấp thử', start_url: '/api/v1/auth/oidc/thu/start' }],
    });
  });

  it('links a first sign-on to the roster member with the verified phone, then signs in directly', async () => {
    provider.people.set('nguoi-1', {
      phone_number: '0903 390 757',
      phone_number_verified: true,
      name: 'Trần Đình Hoa',
    });
    const browser = new Browser();
    const { location, visited } = await signOn(browser, 'nguoi-1', '/sang-kien/moi');
    expect(visited[1]).toContain(`${provider.issuer}/auth?`);
    expect(new URL(visited[1]!).searchParams.get('code_challenge_method')).toBe('S256');
    expect(location).toBe(`${app}/sang-kien/moi`);
    const first = await me(browser);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      member_code: 'DV000006',
      account: { phone: '+84903390757', display_name: 'Trần Đình Hoa' },
    });

    const again = new Browser();
    expect((await signOn(again, 'nguoi-1')).location).toBe(`${app}/`);
    expect((await me(again)).body.account.id).toBe(first.body.account.id);
  });

  it('links to an existing account with the same verified e-mail', async () => {
    const person = await createPerson(t.database, { login: 'can.bo.thu@congdoan.vn', memberOf: 'TMH1C0001' });
    provider.people.set('nguoi-2', { email: 'Can.Bo.Thu@CongDoan.vn', email_verified: true });
    const browser = new Browser();
    await signOn(browser, 'nguoi-2');
    expect((await me(browser)).body.account.id).toBe(person.accountId);
    const identities = await t.database.db
      .select()
      .from(accountIdentities)
      .where(eq(accountIdentities.subject, 'nguoi-2'));
    expect(identities).toEqual([expect.objectContaining({ accountId: person.accountId, issuer: provider.issuer })]);
  });

  it('asks someone on no roster for the unit’s join code, refusing a bad one, then registers them', async () => {
    provider.people.set('nguoi-3', { email: 'moi.den@gmail.com', email_verified: true, name: 'Hồ Thị Mới' });
    const browser = new Browser();
    const { location } = await signOn(browser, 'nguoi-3');
    expect(location.startsWith(`${app}/dang-ky?oidc=`)).toBe(true);
    expect((await me(browser)).status).toBe(401);
    const token = new URL(location).searchParams.get('oidc')!;
    const pending = await fetch(`${app}/api/v1/auth/oidc/pending/${token}`);
    expect(await pending.json()).toMatchObject({
      provider: 'Nhà cung cấp thử',
      email: 'moi.den@gmail.com',
      full_name: 'Hồ Thị Mới',
      phone: null,
    });

    const complete = (payload: object) =>
      fetch(`${app}/api/v1/auth/oidc/complete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
    const bad = await complete({ pending_token: token, join_code: 'SAI999' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as ApiErrorBody).error.fields?.join_code).toContain('SAI999');
    const done = await complete({ pending_token: token, join_code: joinCode, phone: '0988 765 432' });
    expect(done.status).toBe(201);
    const body = (await done.json()) as Me;
    expect(body).toMatchObject({
      linked_existing_member: false,
      member: { unit: { code: 'TMN1C0001' }, full_name: 'Hồ Thị Mới' },
    });
    expect((await complete({ pending_token: token, join_code: joinCode })).status).toBe(404);

    const later = new Browser();
    expect((await signOn(later, 'nguoi-3')).location).toBe(`${app}/`);
    expect((await me(later)).body.member_code).toBe(body.member_code);
  });

  it('does not link by an e-mail the provider has not verified', async () => {
    await createPerson(t.database, { login: 'chua.xac.minh@congdoan.vn' });
    provider.people.set('nguoi-4', { email: 'chua.xac.minh@congdoan.vn', email_verified: false });
    const { location } = await signOn(new Browser(), 'nguoi-4');
    expect(location).toContain('/dang-ky?oidc=');
  });

  it('refuses a callback whose state it did not issue', async () => {
    const response = await fetch(`${app}/api/v1/auth/oidc/thu/callback?code=gia&state=khong-phai-cua-toi`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${app}/dang-nhap?loi=lien-ket`);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('never redirects outside the site after sign-on', async () => {
    provider.people.set('nguoi-5', { phone_number: '+84910843646', phone_number_verified: true });
    const { location } = await signOn(new Browser(), 'nguoi-5', '//ke-xau.example/trang');
    expect(location).toBe(`${app}/`);
  });
});
