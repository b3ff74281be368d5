/** Small waits and reads that give clear failures, since playwright-core has no `expect`. */
import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

/** The text as rendered (block boundaries become spaces), once the element is visible. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible' });
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Collects script errors and console errors (CSP violations land there too). */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Taps on a phone, clicks on a desktop: each device the way its users do. */
export function press(locator: Locator, device: string): Promise<void> {
  return device === 'phone' ? locator.tap() : locator.click();
}

/** Elements wider than the screen lets them be (the page itself, or a table that would need scrolling). */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.table-scroll')]
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth}px`),
  );
}
