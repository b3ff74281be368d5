/**
 * What the short-form page costs a worker on a cheap phone over a slow 3G link: bytes on the wire
 * and time until the form takes input, in Debian's Chromium with the DevTools network emulation
 * (400 kbit/s down and up, 400 ms round trip) and a 4× slower CPU, first visit (empty cache) and
 * next visit (cache warm). A signed-in member (registered with a grassroots union's join code).
 * Run: node --import tsx bench/short-form.ts   (BASE_URL=http://… to use a running server with
 * the demo data and the e2e accounts; otherwise one is started with the demo data).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser, openContext } from '../e2e/support/browser.ts';
import { GRASSROOTS_ADMIN, startServer, type RunningServer } from '../e2e/support/server.ts';
import { signIn } from '../e2e/support/session.ts';
import { ensureWebBuilt } from '../scripts/web-build.mjs';

const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
const CPU_SLOWDOWN = 4;
const RUNS = 3;

interface Visit {
  bytes: number;
  scriptBytes: number;
  requests: number;
  interactiveMs: number;
}

async function throttled(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

/** Loads the page and reports the bytes received (as encoded on the wire) and when the form took input. */
async function visit(page: Page, cdp: CDPSession, cache: 'cold' | 'warm'): Promise<Visit> {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: cache === 'cold' });
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptBytes = 0;
  let requests = 0;
  const onResponse = (e: { requestId: string; type?: string }) => types.set(e.requestId, e.type ?? '');
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    requests += 1;
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') scriptBytes += e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto('/nop-sang-kien', { waitUntil: 'commit' });
  const title = page.getByLabel('Tên sáng kiến');
  await title.waitFor({ timeout: 120_000 });
  await title.fill('x');
  // Navigation start → the title field exists, is rendered by React and accepts typing.
  const interactiveMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await title.fill('');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { bytes, scriptBytes, requests, interactiveMs: Math.round(interactiveMs) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function member(context: BrowserContext, baseUrl: string): Promise<void> {
  const admin = await context.browser()!.newContext({ baseURL: baseUrl });
  await signIn(admin, baseUrl, GRASSROOTS_ADMIN);
  const unit = (await (await admin.request.get('/api/v1/units/HNI-H01-C001')).json()) as { join_code: string };
  await admin.close();
  const phone = `09${String(Date.now()).slice(-8)}`;
  const response = await context.request.post('/api/v1/auth/register', {
    data: { phone, password: 'Đo trang nộp 2026', full_name: 'Người đo hiệu năng', join_code: unit.join_code },
  });
  if (!response.ok()) throw new Error(`register: ${response.status()} ${await response.text()}`);
}

async function main() {
  ensureWebBuilt();
  let server: RunningServer | null = null;
  const baseUrl =
    process.env.BASE_URL ?? (server = await startServer({ demo: true, accounts: [GRASSROOTS_ADMIN] })).baseUrl;
  const browser = await launchBrowser();
  try {
    const results: Record<'cold' | 'warm', Visit[]> = { cold: [], warm: [] };
    for (let run = 0; run < RUNS; run++) {
      const context = await openContext(browser, 'phone', baseUrl);
      await member(context, baseUrl);
      const page = await context.newPage();
      const cdp = await throttled(page);
      results.cold.push(await visit(page, cdp, 'cold'));
      results.warm.push(await visit(page, cdp, 'warm'));
      await context.close();
    }
    const summary = Object.fromEntries(
      (['cold', 'warm'] as const).map((cache) => [
        cache,
        {
          transferred_bytes: median(results[cache].map((v) => v.bytes)),
          script_bytes: median(results[cache].map((v) => v.scriptBytes)),
          requests: median(results[cache].map((v) => v.requests)),
          interactive_ms: median(results[cache].map((v) => v.interactiveMs)),
        },
      ]),
    );
    const report = {
      page: '/nop-sang-kien (signed-in member)',
      network: '400 kbit/s down/up, 400 ms RTT (Chromium Network.emulateNetworkConditions)',
      cpu_slowdown: CPU_SLOWDOWN,
      runs: RUNS,
      median: summary,
      all: results,
    };
    console.log(JSON.stringify(report, null, 2));
    const out = path.resolve('bench/results', `short-form-${new Date().toISOString().slice(0, 10)}.json`);
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await server?.stop();
  }
}

await main();
