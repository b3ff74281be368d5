/** SQL of one-time password reset codes. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { passwordResets } from '../../db/schema/index.ts';

export type PasswordResetRecord = typeof passwordResets.$inferSelect;

export async function insertReset(db: DbOrTx, reset: typeof passwordResets.$inferInsert): Promise<void> {
  await db.insert(passwordResets).values(reset);
}

/** A newer code replaces older ones: they can no longer be used. */
export async function retireOpenResets(db: DbOrTx, accountId: number, at: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(and(eq(passwordResets.accountId, accountId), isNull(passwordResets.usedAt)));
}

export async function findOpenReset(
  db: DbOrTx,
  accountId: number,
  codeHash: string,
  now: Date,
): Promise<PasswordResetRecord | undefined> {
  const [row] = await db
    .select()
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.accountId, accountId),
        eq(passwordResets.codeHash, codeHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

export async function markResetUsed(db: DbOrTx, id: number, at: Date): Promise<void> {
  await db.update(passwordResets).set({ usedAt: at }).where(eq(passwordResets.id, id));
}
