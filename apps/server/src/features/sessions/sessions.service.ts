/** Signing in (a new session), resolving the cookie, signing out here or everywhere. */
import type { DbOrTx } from '../../db/client.ts';
import { randomSecret, sha256 } from './secrets.ts';
import {
  deleteAccountSessions,
  deleteExpiredAccountSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
  type SessionRecord,
} from './sessions.repository.ts';
import { needsTouch, sessionExpiry } from './sessions.rules.ts';

export interface NewSession {
  /** Goes into the cookie; the database keeps only its SHA-256. */
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(
  db: DbOrTx,
  accountId: number,
  now: Date,
  client: { ip?: string | null; userAgent?: string | null } = {},
): Promise<NewSession> {
  const token = randomSecret();
  const id = sha256(token);
  const csrfToken = randomSecret();
  const expiresAt = sessionExpiry(now, now);
  await deleteExpiredAccountSessions(db, accountId, now);
  await insertSession(db, {
    id,
    accountId,
    csrfToken,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, csrfToken, expiresAt };
}

/** The live session a cookie token names, sliding its expiry; undefined when unknown or expired. */
export async function resumeSession(db: DbOrTx, token: string, now: Date): Promise<SessionRecord | undefined> {
  const id = sha256(token);
  const session = await findSession(db, id);
  if (!session) return undefined;
  if (session.expiresAt <= now) {
    await deleteSession(db, id);
    return undefined;
  }
  if (needsTouch(session.lastSeenAt, now)) {
    const expiresAt = sessionExpiry(session.createdAt, now);
    await touchSession(db, id, now, expiresAt);
    return { ...session, lastSeenAt: now, expiresAt };
  }
  return session;
}

export const endSession = (db: DbOrTx, sessionId: string) => deleteSession(db, sessionId);

export const endAllSessions = (db: DbOrTx, accountId: number, keepSessionId?: string) =>
  deleteAccountSessions(db, accountId, keepSessionId);
