/** The append-only audit log. */
import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

export interface AuditEntry {
  /** The app's clock (tests move it); the database's time when absent. */
  at?: Date;
  accountId?: number | null;
  action: string;
  entity: string;
  entityKey: string;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...(entry.at ? { at: entry.at } : {}),
    accountId: entry.accountId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityKey: entry.entityKey,
    unitId: entry.unitId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  });
}

/** Many entries in one statement (bulk decisions). */
export async function recordAuditMany(db: DbOrTx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((entry) => ({
      ...(entry.at ? { at: entry.at } : {}),
      accountId: entry.accountId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      unitId: entry.unitId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: entry.ip ?? null,
    })),
  );
}
