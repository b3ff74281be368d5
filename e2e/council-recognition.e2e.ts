/**
 * A council of three scores an initiative, it is recognised, nominated to the district, selected
 * there, and appears first in the public showcase as outstanding.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { foldVietnamese } from '@sangkien/shared/text';
import type { ShowcaseItem, ShowcaseList } from '@sangkien/shared/schemas/councils';
import type { UnitDetail } from '@sangkien/shared/schemas/units';
import { seriousViolations } from './support/axe.ts';
import { launchBrowser, openContext, screenshotPath } from './support/browser.ts';
import { getJson, sidewaysOverflow, textOf, watchPageErrors } from './support/page-checks.ts';
import { COUNCIL_ADMIN, COUNCIL_MEMBERS, type E2eAccount } from './support/server.ts';
import { signIn } from './support/session.ts';

describe('council recognition to the public showcase', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let initiative: ShowcaseItem;
  let councilUrl = '';

  const as = async (account: E2eAccount) => {
    await context.clearCookies();
    await signIn(context, inject('baseUrl'), account);
  };
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

  beforeAll(async () => {
    const showcase = await getJson<ShowcaseList>('/api/v1/showcase?page_size=50');
    const candidate = showcase.items.find((i) => !i.recognised && !i.outstanding_level);
    if (!candidate) throw new Error('The demo data has no initiative in the showcase to recognise.');
    initiative = candidate;
    browser = await launchBrowser();
    context = await openContext(browser, 'phone', inject('baseUrl'));
    page = await context.newPage();
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the unit’s admin set up a council of three and put the initiative before it', async () => {
    await as(COUNCIL_ADMIN);
    await page.goto(`/don-vi/${initiative.unit_code}/hoi-dong`);
    await page.getByLabel('Tên hội đồng').fill('Hội đồng sáng kiến cơ sở');
    for (const [i, member] of COUNCIL_MEMBERS.entries()) {
      await page.getByLabel(`Số điện thoại hoặc e-mail đăng nhập của thành viên ${i + 1}`).fill(member.login);
    }
    await page.getByRole('button', { name: 'Lập hội đồng' }).click();
    await page.getByRole('link', { name: 'Hội đồng sáng kiến cơ sở' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hội đồng sáng kiến cơ sở' }).waitFor();
    councilUrl = new URL(page.url()).pathname;
    await page.getByLabel('Mã sáng kiến hợp lệ').fill(initiative.code);
    await page.getByRole('button', { name: 'Đưa ra hội đồng xét' }).click();
    const card = page.getByTestId(`review-${initiative.code}`);
    expect(await textOf(card.getByText(/Đã chấm/))).toBe('Đã chấm 0/3 thành viên; cần 2 phiếu đồng ý để công nhận');
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectAccessible();
  });

  it('has each member score independently; two of three agree', async () => {
    const sheets = [
      { points: ['25', '28', '35'], agree: true },
      { points: ['20', '22', '30'], agree: true },
      { points: ['10', '15', '20'], agree: false },
    ];
    for (const [i, member] of COUNCIL_MEMBERS.entries()) {
      await as(member);
      await page.goto(councilUrl);
      const card = page.getByTestId(`review-${initiative.code}`);
      const sheet = sheets[i]!;
      await card.getByLabel('Tính mới (tối đa 30 điểm)').fill(sheet.points[0]!);
      await card.getByLabel('Khả năng áp dụng (tối đa 30 điểm)').fill(sheet.points[1]!);
      await card.getByLabel('Hiệu quả (tối đa 40 điểm)').fill(sheet.points[2]!);
      await card.getByLabel(sheet.agree ? 'Đồng ý' : 'Không', { exact: true }).check();
      await card.getByRole('button', { name: 'Gửi phiếu chấm' }).click();
      await card.getByText(/^Đã gửi phiếu:/).waitFor();
      // Nobody sees another member's scores before the review closes.
      expect(await card.locator('table').count()).toBe(0);
    }
    await expectAccessible();
  });

  it('closes the review: recognised by 2/3, with minutes and a certificate to download', async () => {
    await as(COUNCIL_MEMBERS[1]!);
    await page.goto(councilUrl);
    const card = page.getByTestId(`review-${initiative.code}`);
    await card.getByLabel('Số quyết định công nhận (nếu có)').fill('01/QĐ-HĐSK');
    await card.getByRole('button', { name: 'Kết thúc phiên xét và ra quyết định' }).click();
    expect(await textOf(card.getByTestId('review-decision'))).toBe('Được công nhận: 2/3 thành viên đồng ý.');
    expect(await card.locator('tbody tr').count()).toBe(3);
    for (const name of ['Tải biên bản họp xét (DOCX)', 'Tải giấy chứng nhận sáng kiến (DOCX)']) {
      const href = await card.getByRole('link', { name }).getAttribute('href');
      const response = await context.request.get(`${inject('baseUrl')}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('wordprocessingml');
    }
    await page.screenshot({ path: screenshotPath('council-recognition-decision'), fullPage: true });
    await expectAccessible();
  });

  it('nominates it to the district, where it is selected as outstanding', async () => {
    await as(COUNCIL_ADMIN);
    const unit = await (await context.request.get(`${inject('baseUrl')}/api/v1/units/${initiative.unit_code}`)).json();
    const district = (unit as UnitDetail).ancestors.at(-1)!;
    await page.goto(`/don-vi/${initiative.unit_code}/tieu-bieu`);
    await page.getByLabel('Mã sáng kiến đã được công nhận').fill(initiative.code);
    await page.getByRole('button', { name: 'Đề cử', exact: true }).click();
    await page.getByText(`Đã đề cử lên ${district.name}.`).waitFor();
    await page.goto(`/don-vi/${district.code}/tieu-bieu`);
    const nomination = page.getByTestId(`nomination-${initiative.code}`);
    await nomination.getByRole('button', { name: 'Chọn là tiêu biểu' }).click();
    await nomination.getByText(/Được chọn là tiêu biểu/).waitFor();
    await expectAccessible();
  });

  it('shows it first in the public showcase, found without diacritics, with a shareable page', async () => {
    await context.clearCookies();
    await page.goto('/sang-kien-tieu-bieu');
    await page.getByRole('searchbox').fill(foldVietnamese(initiative.title));
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const first = page.locator('.showcase-card').first();
    await first.getByRole('link', { name: initiative.title }).waitFor();
    expect(await textOf(first.locator('.badge'))).toBe('Tiêu biểu cấp huyện, ngành');
    expect(await sidewaysOverflow(page)).toEqual([]);
    await expectAccessible();
    await first.getByRole('link', { name: initiative.title }).click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(initiative.title);
    await expectAccessible();
    // The page as a crawler fetches it carries the Open Graph card.
    await page.goto(initiative.url);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(initiative.title);
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(image).toMatch(new RegExp(`/api/v1/showcase/${initiative.code}/preview\\.png$`));
    // Signed out, the app shell's account probes (/me, notifications) answer 401 by design.
    expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  });
});
