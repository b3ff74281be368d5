import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers.ts';
import { apiTokens } from '../../db/schema/index.ts';
import { sha256 } from '../sessions/secrets.ts';
import { createPerson, injectAs, logIn, type Session } from '../../../test/auth-helpers.ts';

describe('API tokens for scripts', () => {
  let t: TestApp;
  let owner: Session;
  let stranger: Session;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await logIn(t.app, (await createPerson(t.database)).login);
    stranger = await logIn(t.app, (await createPerson(t.database)).login);
  });
  afterAll(() => t.close());

  it('shows a token once, keeps only its hash, accepts it without CSRF, and refuses it once revoked', async () => {
    const created = await injectAs(t.app, owner, {
      method: 'POST',
      url: '/api/v1/me/tokens',
      payload: { name: 'báo cáo tuần' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token.startsWith(prefix)).toBe(true);

    const stored = await t.database.db.select({ hash: apiTokens.tokenHash }).from(apiTokens);
    expect(stored.map((r) => r.hash)).toContain(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const list = await injectAs(t.app, owner, { method: 'GET', url: '/api/v1/me/tokens' });
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: 'báo cáo tuần', revoked_at: null })]);
    expect(list.body).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrf_token).toBeNull();
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: bearer,
      payload: { name: 'từ script' },
    });
    expect(write.statusCode).toBe(201);

    const notYours = await injectAs(t.app, stranger, { method: 'DELETE', url: `/api/v1/me/tokens/${id}` });
    expect(notYours.statusCode).toBe(404);

    const revoked = await injectAs(t.app, owner, { method: 'DELETE', url: `/api/v1/me/tokens/${id}` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked_at).not.toBeNull();
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toContain('thu hồi');
  });

  it('refuses an unknown bearer token', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Bearer skt_bịa' },
    });
    expect(response.statusCode).toBe(401);
  });
});
