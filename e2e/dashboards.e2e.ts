/**
 * Officers follow progress: an admin allocates quotas to its children and is warned when they fall
 * short; a district sees its children ranked with week-on-week movement after two weekly
 * snapshots; the public counter moves as soon as a support team submits in another browser.
 * Runs its own server on a small dataset of this year (open phase), prepared with the CLI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext } from './support/browser.ts';
import { startServer, type E2eAccount, type RunningServer } from './support/server.ts';
import { signIn } from './support/session.ts';
import { sidewaysOverflow, textOf, watchPageErrors } from './support/page-checks.ts';

const PROVINCE_ADMIN: E2eAccount = {
  login: 'quan.tri.tinh@congdoan.vn',
  password: 'Quản trị tỉnh 2026',
  roles: ['admin@TM'],
};
const DISTRICT_VIEWER: E2eAccount = {
  login: 'theo.doi.huyen@congdoan.vn',
  password: 'Theo dõi huyện 2026',
  roles: ['viewer@TMH1'],
};
const SUPPORTER: E2eAccount = {
  login: 'to.ho.tro@congdoan.vn',
  password: 'Tổ hỗ trợ 2026',
  roles: ['supporter@TMH1C1'],
};

const DAY = 24 * 60 * 60 * 1000;
/** `YYYY-MM-DDTHH:MM` in Vietnam time, `daysAgo` days before now. */
const vietnamLocal = (daysAgo: number) =>
  new Date(Date.now() + 7 * 3600 * 1000 - daysAgo * DAY).toISOString().slice(0, 16);

function writeDataset(files: Record<string, string[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-e2e-dash-'));
  for (const [name, lines] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

function initiatives(unit: string, author: string, count: number, prefix: string): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${prefix}${i},Sáng kiến ${prefix}${i},P1,${unit},${author},Đã nộp,${vietnamLocal(3)}`,
  );
}

describe('dashboards, quotas and the live counter', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const year = new Date().getUTCFullYear();
    const header = 'code,title,phase_code,unit_code,author_codes,status,submitted_at';
    const base = writeDataset({
      'units.csv': [
        'code,name,kind,parent_code,members',
        'TW,Tổng Liên đoàn (thử),national,,0',
        'TM,LĐLĐ tỉnh Thử,province,TW,0',
        'TMH1,LĐLĐ huyện Đông,district,TM,0',
        'TMH2,LĐLĐ huyện Tây,district,TM,0',
        'TMH1C1,CĐCS Trường Một,grassroots,TMH1,40',
        'TMH1C2,CĐCS Trường Hai,grassroots,TMH1,40',
        'TMH1C3,CĐCS Trường Ba,grassroots,TMH1,40',
        'TMH2C1,CĐCS Nhà máy Tây,grassroots,TMH2,50',
      ],
      'phases.csv': [
        'programme_code,programme_name,programme_goal,phase_code,phase_name,starts_at,ends_at',
        `CT1,Chương trình thử,1000,P1,Giai đoạn thử,${year}-01-01,${year}-12-31`,
      ],
      'quotas.csv': ['unit_code,phase_code,quota', 'TM,P1,30', 'TMH1,P1,20', 'TMH2,P1,10'],
      'members.csv': [
        'member_code,full_name,unit_code',
        'M1,Nguyễn Văn Một,TMH1C1',
        'M2,Trần Thị Hai,TMH1C2',
        'M3,Lê Văn Ba,TMH1C3',
        'M4,Phạm Thị Bốn,TMH2C1',
      ],
      'initiatives.csv': [
        header,
        ...initiatives('TMH1C1', 'M1', 3, 'A'),
        ...initiatives('TMH1C2', 'M2', 2, 'B'),
        ...initiatives('TMH1C3', 'M3', 1, 'C'),
        ...initiatives('TMH2C1', 'M4', 2, 'D'),
      ],
    });
    // A week later Trường Ba has overtaken both neighbours.
    const later = writeDataset({ 'initiatives.csv': [header, ...initiatives('TMH1C3', 'M3', 4, 'E')] });
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
    process.env.SNAPSHOT_SCHEDULER = 'false';
    server = await startServer({
      demo: false,
      accounts: [PROVINCE_ADMIN, DISTRICT_VIEWER, SUPPORTER],
      prepare: [
        ['import', base],
        ['snapshot', '--at', at(8), '--phase', 'P1'],
        ['import', later],
        ['snapshot', '--at', at(1), '--phase', 'P1'],
      ],
    });
    browser = await launchBrowser();
    // Seven `sangkien` runs (each opens the embedded database) before the server starts.
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a province admin allocate quotas to its districts and warns when they fall short', async () => {
    const context = await openContext(browser, 'desktop', server.baseUrl);
    await signIn(context, server.baseUrl, PROVINCE_ADMIN);
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto('/don-vi/TM/chi-tieu');
    expect(await textOf(page.locator('[data-sum]'))).toBe('Tổng chỉ tiêu đã phân bổ: 30');
    expect(await page.locator('[data-warning]').count()).toBe(0);
    await page.getByLabel('Chỉ tiêu của LĐLĐ huyện Tây').fill('4');
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    expect(await textOf(page.locator('[data-warning]'))).toBe(
      'Tổng chỉ tiêu các đơn vị trực thuộc (24) thấp hơn chỉ tiêu của đơn vị (30): còn thiếu 6.',
    );
    expect(await textOf(page.locator('[data-status]'))).toBe('Đã lưu chỉ tiêu.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a district its children ranked with movement after two weekly snapshots, on a phone', async () => {
    const context = await openContext(browser, 'phone', server.baseUrl);
    await signIn(context, server.baseUrl, DISTRICT_VIEWER);
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto('/don-vi/TMH1/bang-theo-doi');
    const rows = page.locator('table.dashboard-table tbody tr');
    await rows.first().waitFor();
    const read = async () =>
      Promise.all(
        (await rows.all()).map(async (row) => [
          await row.getAttribute('data-code'),
          await textOf(row.locator('td').first()),
          await textOf(row.locator('td[data-movement]')),
        ]),
      );
    expect(await read()).toEqual([
      ['TMH1C3', '1', '↑2'],
      ['TMH1C1', '2', '↓1'],
      ['TMH1C2', '3', '↓1'],
    ]);
    expect(await page.locator('td[data-movement] [aria-label="lên 2 bậc"]').count()).toBe(1);
    // Sorting by another metric re-ranks the table.
    await page.locator('button[data-metric="valid"]').first().tap();
    await page.locator('th.is-sorted button[data-metric="valid"]').waitFor();
    expect(await page.locator('[data-list="without"]').count()).toBe(0);
    // The wide table scrolls inside its own region; the page itself never scrolls sideways at 360 px.
    expect((await sidewaysOverflow(page)).filter((e) => e.startsWith('html'))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the public counter within seconds when a support team submits in another browser', async () => {
    const visitor = await openContext(browser, 'desktop', server.baseUrl);
    const page = await visitor.newPage();
    await page.goto('/');
    const counter = page.getByTestId('live-submissions');
    expect(await textOf(counter)).toBe('12');
    const officer = await openContext(browser, 'phone', server.baseUrl);
    const login = await officer.request.post(`${server.baseUrl}/api/v1/auth/login`, {
      data: { login: SUPPORTER.login, password: SUPPORTER.password },
    });
    const csrf = ((await login.json()) as { csrf_token: string }).csrf_token;
    const submitted = await officer.request.post(`${server.baseUrl}/api/v1/initiatives`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        title: 'Giá để dụng cụ di động',
        problem: 'Dụng cụ để rải rác, mất thời gian tìm.',
        solution: 'Làm giá di động có ngăn theo loại dụng cụ.',
        benefit: 'Tiết kiệm thời gian chuẩn bị ca.',
        author_codes: ['M1'],
        submit: true,
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const started = Date.now();
    // Polling would take 10 s: the stream brings it well before.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="live-submissions"]')?.textContent?.trim() === '13',
      undefined,
      { timeout: 5000 },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    await visitor.close();
    await officer.close();
  });
});
