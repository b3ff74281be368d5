/** A visitor opens the public landing page, reads the live figures, switches the ranking and drills in. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatMoney, formatNumber, formatPercent } from '@sangkien/shared/format';
import type { PhaseReport } from '@sangkien/shared/schemas/report';
import type { LiveStats, Ranking, RankingItem } from '@sangkien/shared/schemas/units';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath, type DeviceName } from './support/browser.ts';
import { NATIONAL_VIEWER } from './support/server.ts';
import { signIn } from './support/session.ts';
import { getJson, press, sidewaysOverflow, textOf, watchPageErrors } from './support/page-checks.ts';
import { recordTransfers, totalBytes } from './support/transfers.ts';
import { expectedDaysLeft, expectedDeadline } from './support/vietnam-calendar.ts';

/** What a first visit on a cheap phone may cost on the wire, fonts included (measured 185 KB). */
const FIRST_VISIT_BUDGET_BYTES = 200 * 1024;

const DEVICES: DeviceName[] = ['phone', 'desktop'];

function rankingPath(unit: string, phase: string, by: string): string {
  return `/api/v1/units/${unit}/ranking?phase=${phase}&by=${by}`;
}

/** The chart's rows as [code, "rank. name", value], top to bottom. */
async function chartRows(page: Page): Promise<string[][]> {
  const anchors = page.locator('figure.ranking-chart svg a');
  await anchors.first().waitFor();
  const rows: string[][] = [];
  for (const anchor of await anchors.all()) {
    rows.push([(await anchor.getAttribute('data-code')) ?? '', ...(await anchor.locator('text').allTextContents())]);
  }
  return rows;
}

function expectedChart(items: RankingItem[], value: (item: RankingItem) => string): string[][] {
  return items.map((item) => [item.code, `${item.rank}. ${item.name}`, value(item)]);
}

describe.each(DEVICES)('the public landing page on a %s', (device) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let live: LiveStats;

  beforeAll(async () => {
    live = await getJson<LiveStats>('/api/v1/stats/live');
    if (!live.programme || !live.phase || !live.root) throw new Error('The demo data has no programme.');
    browser = await launchBrowser();
    context = await openContext(browser, device, inject('baseUrl'));
    page = await context.newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the live counter towards the goal, its breakdown and the phase deadline', async () => {
    const transfers = recordTransfers(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(live.programme!.name);
    expect(await textOf(page.getByTestId('live-submissions'))).toBe(formatNumber(live.submissions));
    expect(await textOf(page.getByTestId('live-goal-percent'))).toBe(
      `đạt ${formatPercent(live.goal_percent)} mục tiêu`,
    );
    const progress = page.getByRole('progressbar', { name: 'Tiến độ so với mục tiêu' });
    expect(await progress.getAttribute('aria-valuetext')).toBe(
      `${formatNumber(live.submissions)} trên ${formatNumber(live.programme!.goal!)} sáng kiến, đạt ${formatPercent(live.goal_percent)}`,
    );
    const breakdown = page.locator('.status-breakdown');
    expect(await textOf(breakdown)).toBe(
      `Hợp lệ ${formatNumber(live.valid)} Đang xem xét ${formatNumber(live.pending)} Không hợp lệ ${formatNumber(live.invalid)}`,
    );
    expect(await textOf(page.getByTestId('phase-deadline'))).toBe(expectedDeadline(live.phase!.ends_at));
    const days = expectedDaysLeft(live.phase!.ends_at, live.as_of);
    expect(await textOf(page.getByTestId('phase-status'))).toBe(
      days === 0 ? 'Hôm nay là ngày cuối cùng' : `Còn ${formatNumber(days)} ngày`,
    );

    const loaded = await transfers();
    const report = ['document', 'script', 'stylesheet', 'font', 'fetch'].map(
      (type) => `${type} ${totalBytes(loaded, type)}`,
    );
    console.log(`First visit on a ${device}: ${totalBytes(loaded)} bytes (${report.join(', ')})`);
    expect(totalBytes(loaded)).toBeLessThan(FIRST_VISIT_BUDGET_BYTES);
    for (const asset of loaded.filter((t) => t.path.startsWith('/assets/') && /\.(js|css)$/.test(t.path))) {
      expect(asset.encoding, asset.path).toMatch(/^(br|gzip)$/);
      expect(asset.cacheControl, asset.path).toContain('immutable');
    }
    // The landing page takes only types from the shared schemas: the validation library stays out.
    for (const script of loaded.filter((t) => t.type === 'script')) {
      const source = await (await fetch(`${inject('baseUrl')}${script.path}`)).text();
      expect(source, script.path).not.toContain('ZodError');
    }
  });

  it('ranks every province with its Vietnamese-formatted figures, in the chart and the table', async () => {
    const ranking = await getJson<Ranking>(rankingPath(live.root!.code, live.phase!.code, 'submissions'));
    expect(ranking.items.length).toBeGreaterThan(1);
    expect(await chartRows(page)).toEqual(expectedChart(ranking.items, (item) => formatNumber(item.submissions)));
    for (const item of ranking.items) {
      const row = page.locator(`table.ranking-table tbody tr[data-code="${item.code}"]`);
      expect(await textOf(row.getByRole('rowheader'))).toBe(item.name);
      expect(await row.locator('td').allTextContents()).toEqual([
        String(item.rank),
        formatNumber(item.submissions),
        formatNumber(item.valid),
        formatPercent(item.quota_percent),
        formatPercent(item.rate_percent),
      ]);
    }
    // A phone shows only the chosen metric beside the names; a desktop shows all four.
    const headers = await page.locator('table.ranking-table thead th:visible').allTextContents();
    expect(headers).toEqual(
      device === 'phone'
        ? ['Hạng', 'Đơn vị', 'Lượt nộp']
        : ['Hạng', 'Đơn vị', 'Lượt nộp', 'Hợp lệ', '% chỉ tiêu', 'Tỷ lệ SK/đoàn viên'],
    );
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`landing-${device}`), fullPage: true });
  });

  it('redraws the chart when the metric switches to members’ rate', async () => {
    const before = await chartRows(page);
    await press(page.getByRole('radio', { name: 'Tỷ lệ SK/đoàn viên' }), device);
    await page.locator('figure.ranking-chart svg[data-metric="rate_percent"]').waitFor();
    const ranking = await getJson<Ranking>(rankingPath(live.root!.code, live.phase!.code, 'rate_percent'));
    const after = await chartRows(page);
    expect(after).toEqual(expectedChart(ranking.items, (item) => formatPercent(item.rate_percent)));
    expect(after).not.toEqual(before);
    expect(await textOf(page.locator('table.ranking-table caption'))).toBe('Bảng xếp hạng theo “Tỷ lệ SK/đoàn viên”');
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks an anonymous visitor who opens a province to sign in', async () => {
    const [first] = (await getJson<Ranking>(rankingPath(live.root!.code, live.phase!.code, 'submissions'))).items;
    await page.goto('/');
    await press(page.locator(`figure.ranking-chart svg a[data-code="${first!.code}"]`), device);
    await page.waitForURL(`**/don-vi/${first!.code}`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Hãy đăng nhập để xem đơn vị này');
    expect(await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe(
      `/dang-nhap?tiep=${encodeURIComponent(`/don-vi/${first!.code}`)}`,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a province from the chart for a signed-in officer, with breadcrumbs, its figures and its own ranking', async () => {
    await signIn(context, inject('baseUrl'), NATIONAL_VIEWER);
    const getJson = async <T>(path: string): Promise<T> => (await (await context.request.get(path)).json()) as T;
    const [first] = (await getJson<Ranking>(rankingPath(live.root!.code, live.phase!.code, 'submissions'))).items;
    await page.goto('/');
    await press(page.locator(`figure.ranking-chart svg a[data-code="${first!.code}"]`), device);
    await page.waitForURL(`**/don-vi/${first!.code}`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(first!.name);
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
    expect(await textOf(crumbs)).toBe(`Trang chủ ${live.root!.name} ${first!.name}`);

    const report = await getJson<PhaseReport>(`/api/v1/reports/${first!.code}/${live.phase!.code}`);
    expect(await textOf(page.locator('[data-figure="submissions"] dd'))).toBe(formatNumber(report.submissions));
    expect(await textOf(page.locator('[data-figure="quota_percent"] dd'))).toBe(formatPercent(report.quota_percent));
    expect(await textOf(page.locator('[data-figure="benefit_vnd_total"] dd'))).toBe(
      formatMoney(report.benefit_vnd_total),
    );
    const children = await getJson<Ranking>(rankingPath(first!.code, live.phase!.code, 'submissions'));
    expect(await chartRows(page)).toEqual(expectedChart(children.items, (item) => formatNumber(item.submissions)));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`unit-${device}`), fullPage: true });
  });

  it('raised no script or console error on the way', () => {
    // The anonymous visit's 401 answer is logged by the browser as a failed resource; nothing else may be.
    expect(errors.filter((e) => !e.includes('the server responded with a status of 401'))).toEqual([]);
  });
});

describe('the live counter', () => {
  it('asks the server again every 10 seconds', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await openContext(browser, 'desktop', inject('baseUrl'))).newPage();
      await page.goto('/');
      await page.getByTestId('live-submissions').waitFor();
      const started = Date.now();
      // A pushed update (Server-Sent Events) restarts the 10 s poll, so allow for one in between.
      await page.waitForRequest((request) => request.url().endsWith('/api/v1/stats/live'), { timeout: 25_000 });
      expect(Date.now() - started).toBeGreaterThan(8_000);
      expect(await page.getByTestId('live-submissions').locator('xpath=..').getAttribute('aria-live')).toBe('polite');
    } finally {
      await browser.close();
    }
  });
});
