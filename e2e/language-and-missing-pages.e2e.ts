/** A visitor switches to English and back, and lands on addresses that do not exist. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatNumber } from '@sangkien/shared/format';
import type { LiveStats } from '@sangkien/shared/schemas/units';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath } from './support/browser.ts';
import { getJson, press, sidewaysOverflow, textOf, watchPageErrors } from './support/page-checks.ts';

describe('language and missing pages on a phone', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await openContext(browser, 'phone', inject('baseUrl'))).newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switches to English, keeps the choice after a reload, and switches back', async () => {
    const live = await getJson<LiveStats>('/api/v1/stats/live');
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await press(page.getByRole('button', { name: 'English' }), 'phone');
    expect(await textOf(page.getByRole('heading', { name: 'Initiatives submitted' }))).toBe('Initiatives submitted');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    // Numbers stay in the Vietnamese style whatever the language of the words.
    expect(await textOf(page.getByTestId('live-submissions'))).toBe(formatNumber(live.submissions));

    await page.reload();
    expect(await textOf(page.getByRole('heading', { name: 'Initiatives submitted' }))).toBe('Initiatives submitted');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('table.ranking-table').waitFor();
    expect(await sidewaysOverflow(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('landing-phone-en'), fullPage: true });

    await press(page.getByRole('button', { name: 'Tiếng Việt' }), 'phone');
    expect(await textOf(page.getByRole('heading', { name: 'Tổng số lượt nộp sáng kiến' }))).toBe(
      'Tổng số lượt nộp sáng kiến',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('answers an unknown address with a Vietnamese page that leads home', async () => {
    await page.goto('/khong-co-trang-nay');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Không tìm thấy trang');
    expect(await page.title()).toBe('Không tìm thấy trang — Sáng Kiến');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('not-found-phone'), fullPage: true });
    await press(page.getByRole('main').getByRole('link', { name: 'Về trang chủ' }), 'phone');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('live-submissions').waitFor();
  });

  it('says which unit code is unknown', async () => {
    await page.goto('/don-vi/KHONG-CO');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Không tìm thấy đơn vị có mã “KHONG-CO”.');
  });

  it('raised no script error on the way', () => {
    // The unknown unit's 404 answer is logged by the browser as a failed resource; nothing else may be.
    expect(errors.filter((e) => !e.includes('the server responded with a status of 404'))).toEqual([]);
  });
});
