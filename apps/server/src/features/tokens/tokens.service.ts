/** API tokens for scripts: created and revoked by their owner, shown once, kept as a hash. */
import { toVietnamIso } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { randomSecret, sha256 } from '../sessions/secrets.ts';
import {
  findAccountToken,
  findLiveTokenByHash,
  insertToken,
  listAccountTokens,
  markTokenRevoked,
  markTokenUsed,
  type ApiTokenRecord,
} from './tokens.repository.ts';

export const TOKEN_PREFIX = 'skt_';
/** Saves a write per request: `last_used_at` moves at most once a minute. */
const USED_RESOLUTION_MS = 60_000;

function presentToken(token: ApiTokenRecord) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    created_at: toVietnamIso(token.createdAt),
    last_used_at: token.lastUsedAt ? toVietnamIso(token.lastUsedAt) : null,
    revoked_at: token.revokedAt ? toVietnamIso(token.revokedAt) : null,
  };
}

export async function createApiToken(database: Database, actor: Actor, name: string, now: Date) {
  const token = TOKEN_PREFIX + randomSecret();
  return database.db.transaction(async (tx) => {
    const row = await insertToken(tx, {
      accountId: actor.accountId,
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: actor.accountId,
      action: 'create',
      entity: 'api_token',
      entityKey: String(row.id),
      unitId: actor.memberUnit?.id ?? null,
      after: { name, prefix: row.prefix },
    });
    return { ...presentToken(row), token };
  });
}

export async function listApiTokens(db: DbOrTx, actor: Actor) {
  return { items: (await listAccountTokens(db, actor.accountId)).map(presentToken) };
}

/** Another account's token is "not found", never "forbidden". */
export async function revokeApiToken(database: Database, actor: Actor, id: number, now: Date) {
  return database.db.transaction(async (tx) => {
    const token = await findAccountToken(tx, actor.accountId, id);
    if (!token) throw notFound(`khóa API số ${id}`);
    if (!token.revokedAt) {
      await markTokenRevoked(tx, id, now);
      await recordAudit(tx, {
        at: now,
        accountId: actor.accountId,
        action: 'revoke',
        entity: 'api_token',
        entityKey: String(id),
        unitId: actor.memberUnit?.id ?? null,
        before: { name: token.name, prefix: token.prefix },
      });
    }
    return presentToken({ ...token, revokedAt: token.revokedAt ?? now });
  });
}

/** The account a bearer token stands for, or undefined when unknown or revoked. */
export async function accountOfToken(db: DbOrTx, token: string, now: Date): Promise<number | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const row = await findLiveTokenByHash(db, sha256(token));
  if (!row) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= USED_RESOLUTION_MS) {
    await markTokenUsed(db, row.id, now);
  }
  return row.accountId;
}
