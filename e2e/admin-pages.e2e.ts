/**
 * The district admin's other pages: members.csv refused row by row, the audit log with before and
 * after, the printable join sheet, and my account's API token shown once. No serious axe finding.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath } from './support/browser.ts';
import { textOf, watchPageErrors } from './support/page-checks.ts';
import { DISTRICT_ADMIN } from './support/server.ts';
import { signIn } from './support/session.ts';

const GRASSROOTS = 'HNI-H01-C001';

describe('the administration pages of a district admin', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await openContext(browser, 'desktop', inject('baseUrl'));
    await signIn(context, inject('baseUrl'), DISTRICT_ADMIN);
    page = await context.newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('previews members.csv and lists every bad row as file:row: column: reason, importing nothing', async () => {
    await page.goto(`/quan-tri/don-vi/${GRASSROOTS}/nhap-doan-vien`);
    const csv = [
      'member_code,full_name,unit_code,phone,job_title',
      'MOI-001,Phạm Văn Một,HNI-H01-C001,0912 000 001,Công nhân',
      'MOI-002,Phạm Văn Hai,HNI-H02-C001,,',
    ].join('\n');
    await page
      .getByLabel('Chọn tệp CSV')
      .setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect(await textOf(page.getByTestId('import-preview'))).toContain('Phạm Văn Hai');
    await page.getByRole('button', { name: 'Nhập tệp' }).click();
    const problems = await textOf(page.getByTestId('import-errors'));
    expect(problems).toMatch(/^members\.csv:3: unit_code: /);
    expect(await textOf(page.getByRole('alert'))).toContain('Chưa nhập dòng nào');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-import-errors'), fullPage: true });

    const good = csv.split('\n').slice(0, 2).join('\n');
    await page
      .getByLabel('Chọn tệp CSV')
      .setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Nhập tệp' }).click();
    await page.getByText('Đã nhập 1 dòng: thêm 1, cập nhật 0 đoàn viên.').waitFor();
  });

  it('shows the audit log of the district with before and after, filtered by action', async () => {
    await page.goto('/quan-tri/nhat-ky');
    await page.getByLabel('Hành động').selectOption('import');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    const table = page.locator('table.audit');
    expect(await textOf(table)).toContain('import ·');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-audit'), fullPage: true });
  });

  it('prints the join sheet of a grassroots union', async () => {
    await page.goto(`/quan-tri/don-vi/${GRASSROOTS}/in-ma-tham-gia`);
    await page.getByRole('heading', { name: 'Đăng ký tham gia phong trào Sáng Kiến' }).waitFor();
    const qr = page.getByRole('img', { name: /Mã QR đăng ký của/ });
    await page.waitForFunction(() => (document.querySelector('.join-sheet__qr') as HTMLImageElement | null)?.complete);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('creates an API token shown once, with a copy button, and revokes it', async () => {
    await page.goto('/tai-khoan');
    await page.getByLabel('Tên khóa').fill('Báo cáo tự động');
    await page.getByRole('button', { name: 'Tạo khóa' }).click();
    const secret = await textOf(page.getByTestId('new-token'));
    expect(secret.length).toBeGreaterThan(20);
    const check = await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(check.status()).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('account-token'), fullPage: true });
    await page.getByRole('button', { name: 'Thu hồi khóa Báo cáo tự động' }).click();
    await page.getByText(/Đã thu hồi/).waitFor();
    await page.reload();
    expect(await page.getByTestId('new-token').count()).toBe(0);
  });

  it('raised no script error on the way', () => {
    // The refused file's 422 is logged as a failed resource; nothing else may be.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  });
});
