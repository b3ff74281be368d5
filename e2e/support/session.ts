/** Signs a browser context in through the real login API (the cookie then rides on every page). */
import type { BrowserContext } from 'playwright-core';
import type { E2eAccount } from './server.ts';

export async function signIn(context: BrowserContext, baseUrl: string, account: E2eAccount): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { login: account.login, password: account.password },
  });
  if (!response.ok()) throw new Error(`login failed: ${response.status()} ${await response.text()}`);
}

export async function signOut(context: BrowserContext): Promise<void> {
  await context.clearCookies();
}
