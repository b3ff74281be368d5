/** SQL of attachments. */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { attachments } from '../../db/schema/index.ts';

export type AttachmentRecord = typeof attachments.$inferSelect;

export async function insertAttachment(db: DbOrTx, values: typeof attachments.$inferInsert): Promise<AttachmentRecord> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

export async function findAttachment(
  db: DbOrTx,
  initiativeId: number,
  id: number,
): Promise<AttachmentRecord | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.initiativeId, initiativeId), eq(attachments.id, id)));
  return row;
}

export async function deleteAttachment(db: DbOrTx, id: number): Promise<void> {
  await db.delete(attachments).where(eq(attachments.id, id));
}

export async function countAttachments(db: DbOrTx, initiativeId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(attachments)
    .where(eq(attachments.initiativeId, initiativeId));
  return row?.n ?? 0;
}
