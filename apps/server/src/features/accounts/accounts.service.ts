/** Signing in with a password, the current account, changing one's own password. */
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { loadActor, unauthenticated } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { endAllSessions, startSession, type NewSession } from '../sessions/sessions.service.ts';
import { findAccountById, findAccountByLogin, findMemberOfAccount, updateAccount } from './accounts.repository.ts';
import { presentMe } from './accounts.presenter.ts';
import { loginKey, parseLoginId } from './login-id.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import { passwordProblem } from './password.rules.ts';
import { attemptFailed, attemptSucceeded, beginAttempt, throttleKeys } from './throttle.service.ts';

export interface ClientInfo {
  ip: string;
  userAgent?: string | null;
}

export const LOGIN_HINT = 'Hãy nhập số điện thoại di động (ví dụ 0912 345 678) hoặc địa chỉ e-mail.';

export function requireLoginId(login: string, field = 'login') {
  const id = parseLoginId(login);
  if (!id) throw badRequest('Tên đăng nhập chưa đúng.', { [field]: LOGIN_HINT });
  return id;
}

export function requireGoodPassword(password: string, login: string | null, field: string): void {
  const problem = passwordProblem(password, login);
  if (problem) throw badRequest('Mật khẩu mới chưa đạt yêu cầu.', { [field]: problem });
}

/** The current account as `me` shows it. */
export async function describeMe(db: DbOrTx, actor: Actor, session: { csrfToken: string; expiresAt: Date } | null) {
  const account = await findAccountById(db, actor.accountId);
  if (!account) throw unauthenticated();
  return presentMe(account, await findMemberOfAccount(db, actor.accountId), actor, session);
}

/** A new session for an account that has just proven who it is. */
export async function openSession(database: Database, accountId: number, now: Date, client: ClientInfo) {
  const session: NewSession = await startSession(database.db, accountId, now, client);
  await updateAccount(database.db, accountId, { lastLoginAt: now });
  const actor = await loadActor(database.db, accountId, 'session', { id: session.id, csrfToken: session.csrfToken });
  if (!actor) throw unauthenticated();
  return { session, me: await describeMe(database.db, actor, session) };
}

export async function logIn(
  database: Database,
  input: { login: string; password: string },
  now: Date,
  client: ClientInfo,
) {
  const id = requireLoginId(input.login);
  const keys = throttleKeys(loginKey(id), client.ip);
  await beginAttempt(database, keys, now);
  const account = await findAccountByLogin(database.db, id);
  const matches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), input.password);
  if (!account || !account.passwordHash || !matches || account.disabled) {
    await attemptFailed(database, keys, now);
    throw new AppError('unauthenticated', 'Số điện thoại/e-mail hoặc mật khẩu không đúng.');
  }
  await attemptSucceeded(database, keys);
  return openSession(database, account.id, now, client);
}

/** The owner changes their password (the current one is required); their other sessions end. */
export async function changeOwnPassword(
  database: Database,
  actor: Actor,
  input: { current_password: string; new_password: string },
  now: Date,
  client: ClientInfo,
): Promise<{ ended_sessions: number }> {
  const account = await findAccountById(database.db, actor.accountId);
  if (!account) throw unauthenticated();
  const keys = throttleKeys(`account:${account.id}`, client.ip);
  await beginAttempt(database, keys, now);
  if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.current_password))) {
    await attemptFailed(database, keys, now);
    throw badRequest('Mật khẩu hiện tại không đúng.', { current_password: 'Mật khẩu hiện tại không đúng.' });
  }
  await attemptSucceeded(database, keys);
  requireGoodPassword(input.new_password, account.phone ?? account.email, 'new_password');
  const passwordHash = await hashPassword(input.new_password);
  return database.db.transaction(async (tx) => {
    await updateAccount(tx, account.id, { passwordHash, passwordChangedAt: now });
    const ended = await endAllSessions(tx, account.id, actor.sessionId ?? undefined);
    await recordAudit(tx, {
      at: now,
      accountId: actor.accountId,
      action: 'change_password',
      entity: 'account',
      entityKey: String(account.id),
      unitId: actor.memberUnit?.id ?? null,
      after: { ended_sessions: ended },
      ip: client.ip,
    });
    return { ended_sessions: ended };
  });
}

export async function logOutEverywhere(database: Database, actor: Actor, now: Date, client: ClientInfo) {
  return database.db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.accountId);
    await recordAudit(tx, {
      at: now,
      accountId: actor.accountId,
      action: 'logout_all',
      entity: 'account',
      entityKey: String(actor.accountId),
      unitId: actor.memberUnit?.id ?? null,
      after: { ended_sessions: ended },
      ip: client.ip,
    });
    return { ended_sessions: ended };
  });
}
