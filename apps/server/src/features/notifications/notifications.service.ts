/** In-app notifications: authors hear of every decision on their initiatives. */
import { STATUS_LABELS, type InitiativeStatus, type Notification } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireActor } from '../access/access.service.ts';
import { toVietnamIso } from '@sangkien/shared';
import {
  countUnread,
  insertNotifications,
  listNotificationRows,
  markRead,
  type NotificationInsert,
  type NotificationRow,
} from './notifications.repository.ts';

export interface StatusChangeNotice {
  accountIds: readonly number[];
  initiativeId: number;
  code: string;
  title: string;
  from: string;
  to: string;
  reason: string | null;
}

/** One notification per account (in the caller's transaction). */
export async function notifyStatusChanges(db: DbOrTx, notices: readonly StatusChangeNotice[], at: Date): Promise<void> {
  const rows: NotificationInsert[] = notices.flatMap((n) =>
    [...new Set(n.accountIds)].map((accountId) => ({
      accountId,
      kind: 'status_changed',
      initiativeId: n.initiativeId,
      data: { code: n.code, title: n.title, from: n.from, to: n.to, reason: n.reason },
      createdAt: at,
    })),
  );
  await insertNotifications(db, rows);
}

function messageOf(data: Record<string, unknown>): string {
  const to = STATUS_LABELS[data.to as InitiativeStatus] ?? String(data.to);
  const reason = typeof data.reason === 'string' && data.reason ? ` Lý do: ${data.reason}` : '';
  return `Sáng kiến ${String(data.code)} "${String(data.title)}" chuyển sang trạng thái ${to}.${reason}`;
}

function present(row: NotificationRow): Notification {
  const data = row.data;
  const status = (v: unknown) => (typeof v === 'string' ? (v as InitiativeStatus) : null);
  return {
    id: row.id,
    kind: 'status_changed',
    message: messageOf(data),
    initiative: typeof data.code === 'string' ? { code: data.code, title: String(data.title ?? '') } : null,
    from: status(data.from),
    to: status(data.to),
    reason: typeof data.reason === 'string' ? data.reason : null,
    created_at: toVietnamIso(row.createdAt),
    read_at: row.readAt ? toVietnamIso(row.readAt) : null,
  };
}

export async function listNotifications(
  db: DbOrTx,
  actor: Actor | null,
  query: { unread?: boolean | undefined; limit: number; before?: number | undefined },
) {
  const who = requireActor(actor);
  const rows = await listNotificationRows(db, who.accountId, query);
  return { items: rows.map(present), unread_count: await countUnread(db, who.accountId) };
}

export async function markNotificationsRead(
  db: DbOrTx,
  actor: Actor | null,
  body: { ids?: number[] | undefined; all?: boolean | undefined },
  now: Date,
) {
  const who = requireActor(actor);
  await markRead(db, who.accountId, body.all ? 'all' : (body.ids ?? []), now);
  return { unread_count: await countUnread(db, who.accountId) };
}
