/**
 * A district admin signs in on the sign-in page, grants a reviewer role to a member of a grassroots
 * union below the district through the pages, and cannot reach a sibling district. A wrong
 * password is refused in Vietnamese beside the field.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, joinCodeOf, registerMember } from './support/admin-api.ts';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath } from './support/browser.ts';
import { textOf, watchPageErrors } from './support/page-checks.ts';
import { DISTRICT_ADMIN } from './support/server.ts';

const GRASSROOTS = { code: 'HNI-H01-C002', name: 'CĐCS Nhà máy Gạch Cam Ranh' };
const SIBLING_GRASSROOTS = 'HNI-H02-C001';
const REVIEWER = { phone: '0966 200 300', full_name: 'Trần Thị Duyệt', password: 'Duyệt sáng kiến 2026' };

describe('a district admin grants a role on a tablet-sized desktop', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const admin = await apiSession(inject('baseUrl'), DISTRICT_ADMIN);
    const joinCode = await joinCodeOf(admin, GRASSROOTS.code);
    await admin.dispose();
    await registerMember(inject('baseUrl'), { ...REVIEWER, join_code: joinCode });
    browser = await launchBrowser();
    page = await (await openContext(browser, 'desktop', inject('baseUrl'))).newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a wrong password with a Vietnamese message beside the field', async () => {
    await page.goto('/dang-nhap');
    await page.waitForFunction(() => document.title === 'Đăng nhập — Sáng Kiến');
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(DISTRICT_ADMIN.login);
    await page.getByLabel('Mật khẩu').fill('không phải mật khẩu');
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    expect(await textOf(page.locator('.field__error'))).toBe('Số điện thoại/e-mail hoặc mật khẩu không đúng.');
    expect(await page.getByLabel('Mật khẩu').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sign-in-wrong-password'), fullPage: true });
  });

  it('signs in on the sign-in page and comes back to the administration page', async () => {
    await page.goto('/quan-tri');
    await page.waitForURL((url) => url.pathname === '/dang-nhap' && url.search === '?tiep=%2Fquan-tri');
    await page.getByLabel('Số điện thoại hoặc e-mail').fill(DISTRICT_ADMIN.login);
    await page.getByLabel('Mật khẩu').fill(DISTRICT_ADMIN.password);
    await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/quan-tri');
    expect(await textOf(page.locator('.account-menu__button'))).toContain('LĐLĐ huyện Đông Hải');
  });

  it('walks the tree with the keyboard and grants a reviewer role to a member below', async () => {
    const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
    const district = tree.getByRole('treeitem', { name: /LĐLĐ huyện Đông Hải/ });
    expect(await district.getAttribute('aria-expanded')).toBe('true');
    const target = tree.getByRole('treeitem', { name: new RegExp(GRASSROOTS.name) });
    await target.waitFor();
    // The sibling district is not offered: the tree starts at the admin's own district.
    expect(await tree.locator('[data-code="HNI-H02"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-tree'), fullPage: true });

    await district.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await district.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await target.waitFor();
    for (let step = 0; step < 10; step++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-code'))) === GRASSROOTS.code) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/quan-tri/don-vi/${GRASSROOTS.code}`);
    await page.getByRole('heading', { level: 1, name: GRASSROOTS.name }).waitFor();

    await page.getByLabel('Tìm đoàn viên (tên, mã hoặc số điện thoại)').fill('Duyệt');
    await page.getByRole('button', { name: `Chọn ${REVIEWER.full_name}` }).click();
    await page.getByLabel('Vai trò', { exact: true }).selectOption('reviewer');
    await page.getByRole('button', { name: 'Giao vai trò' }).click();
    expect(await textOf(page.getByRole('status').filter({ hasText: 'Đã giao vai trò' }))).toBe(
      `Đã giao vai trò Xét duyệt cho ${REVIEWER.full_name}.`,
    );
    expect(await textOf(page.getByTestId('roles-table'))).toContain(REVIEWER.full_name);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('admin-unit-roles'), fullPage: true });
  });

  it('cannot reach a unit of the sibling district: the search, the page and the server say not found', async () => {
    await page.goto('/quan-tri');
    await page.getByLabel(/Tên hoặc mã đơn vị/).fill('HNI-H02');
    await page
      .getByRole('search')
      .getByText('Không có đơn vị nào khớp “HNI-H02” trong phạm vi bạn quản lý. Hãy thử từ khác hoặc mã đơn vị.')
      .waitFor();

    await page.goto(`/quan-tri/don-vi/${SIBLING_GRASSROOTS}`);
    await page
      .getByRole('heading', {
        level: 1,
        name: `Không tìm thấy đơn vị “${SIBLING_GRASSROOTS}” trong phạm vi bạn quản lý.`,
      })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const me = (await (await page.request.get('/api/v1/me')).json()) as { csrf_token: string };
    const grant = await page.request.post(`/api/v1/units/${SIBLING_GRASSROOTS}/roles`, {
      headers: { 'x-csrf-token': me.csrf_token },
      data: { role: 'reviewer', login: REVIEWER.phone },
    });
    expect(grant.status()).toBe(404);
  });

  it('raised no script error on the way', () => {
    // The wrong password's 401 and the sibling's 404 are logged as failed resources; nothing else may be.
    expect(errors.filter((e) => !/status of (401|404)/.test(e))).toEqual([]);
  });
});
