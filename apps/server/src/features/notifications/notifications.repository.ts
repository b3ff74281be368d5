/** SQL of in-app notifications. */
import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';

export type NotificationInsert = typeof notifications.$inferInsert;
export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotifications(db: DbOrTx, rows: readonly NotificationInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values([...rows]);
}

export async function listNotificationRows(
  db: DbOrTx,
  accountId: number,
  query: { unread?: boolean | undefined; limit: number; before?: number | undefined },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.accountId, accountId),
        query.unread ? isNull(notifications.readAt) : undefined,
        query.before ? lt(notifications.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(query.limit);
}

export async function countUnread(db: DbOrTx, accountId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markRead(db: DbOrTx, accountId: number, ids: readonly number[] | 'all', at: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.accountId, accountId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, [...ids]),
      ),
    );
}
