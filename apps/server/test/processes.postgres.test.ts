/**
 * Two `sangkien serve` processes on one PostgreSQL, behind nginx from Debian (deploy/nginx/):
 * they behave as one system — a session started on one works on the other and ends on both,
 * login throttling counts failures made on either, a submission through one is counted by the
 * other (aggregates, not process memory) and reaches the other's live-counter stream (SSE, through
 * nginx too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberTokens, officer, type BenchMember, type BenchOfficer } from '../../../bench/harness/fixtures.ts';
import { startNginx, type Nginx } from '../../../bench/harness/nginx.ts';
import { freePort } from '../../../bench/harness/ports.ts';
import { startServer, stopServer, type ServerProcess } from '../../../bench/harness/servers.ts';
import { newTally, submitOnce } from '../../../bench/harness/submitters.ts';
import { loadDemo } from '../src/features/demo/demo.service.ts';
import { createTestDatabase, type TestDatabase } from './helpers.ts';

const json = { 'content-type': 'application/json' };

async function login(base: string, who: { login: string; password: string }) {
  return fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ login: who.login, password: who.password }),
  });
}

async function liveSubmissions(base: string): Promise<number> {
  const response = await fetch(`${base}/api/v1/stats/live`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { phase_submissions: number }).phase_submissions;
}

/** The `landing` events of a live-counter stream, as their `live.phase_submissions`. */
async function* liveEvents(url: string, signal: AbortSignal): AsyncGenerator<number> {
  const response = await fetch(url, { signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body!) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (block.includes('event: landing') && data) {
        yield (JSON.parse(data.slice(6)) as { live: { phase_submissions: number } }).live.phase_submissions;
      }
    }
  }
}

async function waitForCount(events: AsyncGenerator<number>, count: number): Promise<number> {
  for (;;) {
    const { value, done } = await events.next();
    if (done) throw new Error('stream ended');
    if (value >= count) return value;
  }
}

describe('two server processes behind nginx', () => {
  let test: TestDatabase;
  const servers: ServerProcess[] = [];
  let nginx: Nginx;
  let a: string;
  let b: string;
  let proxy: string;
  let chief: BenchOfficer;
  let members: BenchMember[];

  beforeAll(async () => {
    test = await createTestDatabase();
    await loadDemo(test.database, 'small');
    chief = await officer(test.url!);
    members = await memberTokens(test.url!, 10);
    for (let i = 0; i < 2; i++) servers.push(await startServer(test.url!, await freePort(), { TRUST_PROXY: 'true' }));
    nginx = await startNginx(
      await freePort(),
      servers.map((s) => s.port),
    );
    [a, b] = servers.map((s) => `http://127.0.0.1:${s.port}`) as [string, string];
    proxy = `http://127.0.0.1:${nginx.port}`;
  }, 120_000);
  afterAll(async () => {
    await nginx?.stop();
    for (const s of servers) await stopServer(s);
    await test?.close();
  });

  it('serves through nginx from both processes', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${proxy}/api/v1/stats/live`)));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('accepts a session started on one process on the other, and a sign-out on either ends it', async () => {
    const started = await login(a, chief);
    expect(started.status).toBe(200);
    const mine = (await started.json()) as { csrf_token: string; account: unknown; roles: unknown };
    const csrf = mine.csrf_token;
    const cookie = /sk_session=[^;]+/.exec(started.headers.get('set-cookie') ?? '')![0];
    const me = await fetch(`${b}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ account: mine.account, roles: mine.roles, csrf_token: csrf });
    const viaProxy = await fetch(`${proxy}/api/v1/me`, { headers: { cookie } });
    expect(viaProxy.status).toBe(200);
    const out = await fetch(`${b}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { ...json, cookie, 'x-csrf-token': csrf },
      body: '{}',
    });
    expect(out.status).toBe(200);
    expect((await fetch(`${a}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('throttles a login after failures made on either process', async () => {
    const target = await officer(test.url!);
    const wrong = { login: target.login, password: 'sai-mat-khau-roi' };
    for (const base of [a, b, a, b, a]) expect((await login(base, wrong)).status).toBe(401);
    const blocked = await login(proxy, target);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(b, target)).status).toBe(429);
  });

  it('counts a submission made through one process in the other process’s live counter', async () => {
    const before = await liveSubmissions(b);
    const tally = newTally();
    const sent = await Promise.all(members.slice(0, 4).map((m) => submitOnce(a, m, tally)));
    expect(sent.every((s) => s.code)).toBe(true);
    const viaProxy = await Promise.all(members.slice(4, 8).map((m) => submitOnce(proxy, m, tally)));
    expect(viaProxy.every((s) => s.code)).toBe(true);
    expect(tally.acknowledged).toBe(8);
    expect(await liveSubmissions(b)).toBe(before + 8);
    expect(await liveSubmissions(proxy)).toBe(before + 8);
  });
  it('streams a submission made on one process to live-counter streams on the other and through nginx', async () => {
    const stop = new AbortController();
    try {
      const before = await liveSubmissions(b);
      const onB = liveEvents(`${b}/api/v1/stats/live/stream`, stop.signal);
      const viaProxy = liveEvents(`${proxy}/api/v1/stats/live/stream`, stop.signal);
      expect(await waitForCount(onB, before)).toBe(before);
      expect(await waitForCount(viaProxy, before)).toBe(before);
      const sent = await submitOnce(a, members[8]!, newTally());
      expect(sent.code).toBeTruthy();
      expect(await waitForCount(onB, before + 1)).toBe(before + 1);
      expect(await waitForCount(viaProxy, before + 1)).toBe(before + 1);
    } finally {
      stop.abort();
    }
  });
});
