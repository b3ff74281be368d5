/** A fresh installation with nothing imported: the landing page says which command fills it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext } from './support/browser.ts';
import { textOf } from './support/page-checks.ts';
import { startServer, type RunningServer } from './support/server.ts';

describe('the landing page of an empty installation', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ demo: false });
    browser = await launchBrowser();
    page = await (await openContext(browser, 'desktop', server.baseUrl)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('tells the administrator to import data or load the demo', async () => {
    await page.goto('/');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Chưa có chương trình nào');
    expect(await textOf(page.locator('.empty-state p'))).toBe(
      'Chưa có chương trình nào. Quản trị viên hãy nhập dữ liệu bằng lệnh sangkien import hoặc nạp dữ liệu mẫu sangkien demo.',
    );
    expect(await page.locator('.empty-state code').allTextContents()).toEqual(['sangkien import', 'sangkien demo']);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
