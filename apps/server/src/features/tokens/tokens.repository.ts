/** SQL of API tokens. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { apiTokens } from '../../db/schema/index.ts';

export type ApiTokenRecord = typeof apiTokens.$inferSelect;

export async function insertToken(db: DbOrTx, token: typeof apiTokens.$inferInsert): Promise<ApiTokenRecord> {
  const [row] = await db.insert(apiTokens).values(token).returning();
  return row!;
}

export async function findLiveTokenByHash(db: DbOrTx, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row;
}

export async function listAccountTokens(db: DbOrTx, accountId: number): Promise<ApiTokenRecord[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.id));
}

export async function findAccountToken(db: DbOrTx, accountId: number, id: number): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.accountId, accountId)))
    .limit(1);
  return row;
}

export async function markTokenRevoked(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

export async function markTokenUsed(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
