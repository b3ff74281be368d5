/** Setting the scene through the real API (as an admin would through the pages), outside any browser page. */
import { request, type APIRequestContext } from 'playwright-core';
import type { E2eAccount } from './server.ts';

export async function apiSession(baseUrl: string, account: E2eAccount): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: baseUrl });
  const response = await context.post('/api/v1/auth/login', {
    data: { login: account.login, password: account.password },
  });
  if (!response.ok()) throw new Error(`login failed: ${response.status()} ${await response.text()}`);
  return context;
}

/** The join code a grassroots union prints on its QR sheet. */
export async function joinCodeOf(admin: APIRequestContext, unitCode: string): Promise<string> {
  const response = await admin.get(`/api/v1/units/${unitCode}`);
  if (!response.ok()) throw new Error(`GET unit ${unitCode}: ${response.status()}`);
  const code = ((await response.json()) as { join_code: string | null }).join_code;
  if (!code) throw new Error(`${unitCode} has no join code`);
  return code;
}

/** A member registers with the join code (their account then exists for roles). */
export async function registerMember(
  baseUrl: string,
  input: { phone: string; full_name: string; password: string; join_code: string },
): Promise<{ member_code: string }> {
  const context = await request.newContext({ baseURL: baseUrl });
  const response = await context.post('/api/v1/auth/register', { data: input });
  if (response.status() !== 201) throw new Error(`register: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { member_code: string };
  await context.dispose();
  return body;
}
