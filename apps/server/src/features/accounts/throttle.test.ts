import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers.ts';
import { createPerson, TEST_PASSWORD } from '../../../test/auth-helpers.ts';

describe('login throttling per account and per address', () => {
  let t: TestApp;
  let now = new Date('2026-03-01T08:00:00+07:00');
  const at = (ms: number) => {
    now = new Date(now.getTime() + ms);
    t.setNow(now);
  };
  const attempt = (login: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password }, remoteAddress });

  beforeAll(async () => {
    t = await createTestApp({ now });
  });
  afterAll(() => t.close());

  it('blocks an account after 5 failures from any address, with the wait in minutes, then doubles it', async () => {
    const person = await createPerson(t.database);
    for (let i = 0; i < 5; i++) {
      expect((await attempt(person.login, 'sai mật khẩu', `10.0.0.${i + 1}`)).statusCode).toBe(401);
    }
    const blocked = await attempt(person.login, TEST_PASSWORD, '10.0.0.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    expect(blocked.json().error).toEqual({
      code: 'too_many_requests',
      message: 'Bạn đã nhập sai quá nhiều lần. Hãy thử lại sau 1 phút.',
    });
    at(61_000);
    expect((await attempt(person.login, 'vẫn sai', '10.0.0.1')).statusCode).toBe(401);
    const longer = await attempt(person.login, TEST_PASSWORD, '10.0.0.1');
    expect(longer.statusCode).toBe(429);
    expect(longer.json().error.message).toContain('2 phút');
    at(121_000);
    expect((await attempt(person.login, TEST_PASSWORD, '10.0.0.1')).statusCode).toBe(200);
    expect((await attempt(person.login, 'sai lần nữa', '10.0.0.1')).statusCode).toBe(401);
    expect((await attempt(person.login, TEST_PASSWORD, '10.0.0.1')).statusCode).toBe(200);
  });

  it('does not lock out a factory behind one NAT address when many workers mistype', async () => {
    const nat = '203.0.113.7';
    const workers = await Promise.all(Array.from({ length: 30 }, () => createPerson(t.database)));
    for (const worker of workers) {
      expect((await attempt(worker.login, 'gõ nhầm', nat)).statusCode).toBe(401);
      expect((await attempt(worker.login, 'gõ nhầm lần hai', nat)).statusCode).toBe(401);
    }
    for (const worker of workers) expect((await attempt(worker.login, TEST_PASSWORD, nat)).statusCode).toBe(200);
  });

  it('blocks an address only after 100 failures within 15 minutes; other addresses go on', async () => {
    const attacker = '198.51.100.9';
    const victim = await createPerson(t.database);
    for (let i = 0; i < 100; i++) {
      expect((await attempt(`0977${String(100000 + i)}`, 'đoán mò', attacker)).statusCode).toBe(401);
    }
    const refused = await attempt(victim.login, TEST_PASSWORD, attacker);
    expect(refused.statusCode).toBe(429);
    expect((await attempt(victim.login, TEST_PASSWORD, '198.51.100.10')).statusCode).toBe(200);
    at(61_000);
    expect((await attempt(victim.login, TEST_PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('forgets failures after 15 quiet minutes', async () => {
    const person = await createPerson(t.database);
    for (let i = 0; i < 4; i++) expect((await attempt(person.login, 'sai', '10.2.0.1')).statusCode).toBe(401);
    at(16 * 60_000);
    for (let i = 0; i < 4; i++) expect((await attempt(person.login, 'sai', '10.2.0.1')).statusCode).toBe(401);
    expect((await attempt(person.login, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
  });

  it('counts parallel guesses: a burst of 20 cannot try more than 5 passwords', async () => {
    const person = await createPerson(t.database);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(person.login, `đoán ${i}`, `10.3.0.${i + 1}`)),
    );
    const tried = results.filter((r) => r.statusCode === 401).length;
    expect(tried).toBe(5);
    expect(results.filter((r) => r.statusCode === 429)).toHaveLength(15);
  });
});
