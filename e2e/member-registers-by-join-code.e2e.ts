/** On a phone, a new member opens the join QR's link, registers and lands signed in; a bad code is refused in Vietnamese. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, joinCodeOf } from './support/admin-api.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath } from './support/browser.ts';
import { press, sidewaysOverflow, textOf, watchPageErrors } from './support/page-checks.ts';
import { DISTRICT_ADMIN } from './support/server.ts';

const UNIT = { code: 'HNI-H01-C003', name: 'CĐCS Trường Mầm non Nhơn Trạch' };

describe('a member registers from the join QR on a phone', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let joinCode: string;

  beforeAll(async () => {
    const admin = await apiSession(inject('baseUrl'), DISTRICT_ADMIN);
    joinCode = await joinCodeOf(admin, UNIT.code);
    await admin.dispose();
    browser = await launchBrowser();
    page = await (await openContext(browser, 'phone', inject('baseUrl'))).newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the QR link (the unit already chosen), registers and is signed in', async () => {
    // The QR encodes this address (registrationUrl on the server).
    await page.goto(`/dang-ky?ma=${joinCode}`);
    expect(await textOf(page.getByTestId('join-unit'))).toContain(UNIT.name);
    await page.waitForFunction(() => document.title === 'Đăng ký — Sáng Kiến');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toEqual([]);

    await page.getByLabel('Số điện thoại').fill('0977 123 456');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Mới');
    await page.getByLabel('Mật khẩu').fill('Mật khẩu của tôi 2026');
    await page.screenshot({ path: screenshotPath('register-phone'), fullPage: true });
    await press(page.getByRole('button', { name: 'Đăng ký', exact: true }), 'phone');

    await page.getByRole('heading', { level: 1, name: 'Chào mừng Nguyễn Thị Mới!' }).waitFor();
    expect(await textOf(page.getByRole('main'))).toContain(`Bạn đã đăng ký và đăng nhập vào ${UNIT.name}.`);
    // The header now shows who is signed in, with their union.
    const menu = page.locator('.account-menu__button');
    expect(await textOf(menu)).toContain('Nguyễn Thị Mới');
    expect(await textOf(menu)).toContain(UNIT.name);
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { member: { unit: { code: string } } }).member.unit.code).toBe(UNIT.code);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('registered-phone'), fullPage: true });

    await press(menu, 'phone');
    await press(page.getByRole('button', { name: 'Đăng xuất' }), 'phone');
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
  });

  it('says in Vietnamese when the link’s code or a typed code is wrong', async () => {
    await page.goto('/dang-ky?ma=SAIMA1');
    expect(await textOf(page.getByRole('alert'))).toBe(
      'Mã tham gia “SAIMA1” trong đường dẫn không đúng hoặc đã hết hiệu lực. Hãy nhập mã in trên giấy.',
    );
    const field = page.getByLabel('Mã tham gia');
    await field.fill('KHONGCO');
    await page.getByLabel('Số điện thoại').focus(); // leaving the field checks the code
    expect(await textOf(page.locator('.field__error'))).toContain(
      'Không có công đoàn cơ sở nào có mã tham gia "KHONGCO"',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('register-bad-code-phone'), fullPage: true });

    // Registering anyway is refused by the server, and the reason stays beside the field.
    await page.getByLabel('Số điện thoại').fill('0977 123 457');
    await page.getByLabel('Họ và tên').fill('Lê Văn Sai');
    await page.getByLabel('Mật khẩu').fill('Mật khẩu của tôi 2026');
    await press(page.getByRole('button', { name: 'Đăng ký', exact: true }), 'phone');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await page.request.get('/api/v1/me').then((r) => r.status())).toBe(401);
  });

  it('raised no script error on the way', () => {
    // The bad codes' 422/404 answers are logged by the browser as failed resources; nothing else may be.
    expect(errors.filter((e) => !/status of (401|404|422)/.test(e))).toEqual([]);
  });
});
