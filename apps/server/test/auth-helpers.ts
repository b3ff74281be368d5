/** Test support for accounts: people with roles on the example tree, and requests made as them. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@sangkien/shared';
import type { Database } from '../src/db/client.ts';
import { accounts, members, roleGrants, units } from '../src/db/schema/index.ts';
import { hashPassword } from '../src/features/accounts/passwords.ts';

export const TEST_PASSWORD = 'mật khẩu thử 2026';
let hashed: Promise<string> | undefined;
/** One Argon2 hash shared by every test account: tests stay fast, login still verifies it. */
const testHash = () => (hashed ??= hashPassword(TEST_PASSWORD));

let nextPhone = 0;
/** A fresh, valid Vietnamese mobile number per call (+8490xxxxxxx). */
export function freshPhone(): string {
  nextPhone += 1;
  return `+8490${String(process.pid % 1000).padStart(3, '0')}${String(nextPhone).padStart(4, '0')}`;
}

export interface TestPerson {
  accountId: number;
  login: string;
  memberCode: string | null;
}

/** An account (optionally a new roster member of `memberOf`) holding `roles`. */
export async function createPerson(
  database: Database,
  options: { name?: string; login?: string; memberOf?: string; roles?: Array<[Role, string]> } = {},
): Promise<TestPerson> {
  const db = database.db;
  const login = options.login ?? freshPhone();
  const name = options.name ?? `Người thử ${login}`;
  let memberId: number | null = null;
  let memberCode: string | null = null;
  if (options.memberOf) {
    const [unit] = await db.select().from(units).where(eq(units.code, options.memberOf));
    memberCode = `T${login.replace(/\D/g, '')}`;
    const [member] = await db
      .insert(members)
      .values({ code: memberCode, fullName: name, nameFolded: name.toLowerCase(), unitId: unit!.id, phone: login })
      .returning();
    memberId = member!.id;
  }
  const isEmail = login.includes('@');
  const [account] = await db
    .insert(accounts)
    .values({
      phone: isEmail ? null : login,
      email: isEmail ? login : null,
      passwordHash: await testHash(),
      displayName: name,
      memberId,
    })
    .returning();
  for (const [role, unitCode] of options.roles ?? []) {
    const [unit] = await db.select().from(units).where(eq(units.code, unitCode));
    await db.insert(roleGrants).values({ accountId: account!.id, unitId: unit!.id, role });
  }
  return { accountId: account!.id, login, memberCode };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'sk_session');
  if (!cookie) throw new Error(`no session cookie: ${response.statusCode} ${response.body}`);
  return `sk_session=${cookie.value}`;
}

export async function logIn(
  app: FastifyInstance,
  login: string,
  password = TEST_PASSWORD,
  remoteAddress = '127.0.0.1',
): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    remoteAddress,
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookie(response), csrf: response.json().csrf_token };
}

/** A request as the session's owner, with the CSRF header on state-changing methods. */
export function injectAs(
  app: FastifyInstance,
  session: Session | null,
  options: InjectOptions & { method: string; url: string },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
  if (session) {
    headers.cookie = session.cookie;
    if (!['GET', 'HEAD'].includes(options.method)) headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({ ...options, headers });
}

/**
 * `app.inject` as a fresh account holding `roles`, signed in on first use (so the units the roles
 * name may be imported in `beforeAll` first). GET unless the options say otherwise.
 */
export function actingAs(
  getApp: () => { app: FastifyInstance; database: Database },
  roles: Array<[Role, string]>,
): (options: InjectOptions & { url: string }) => Promise<LightMyRequestResponse> {
  let session: Promise<Session> | undefined;
  return async (options) => {
    const { app, database } = getApp();
    session ??= createPerson(database, { roles }).then((person) => logIn(app, person.login));
    return injectAs(app, await session, { method: 'GET', ...options } as InjectOptions & {
      method: string;
      url: string;
    });
  };
}
