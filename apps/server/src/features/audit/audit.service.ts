/** Admins read the audit log of their scope, with filters, newest first. */
import { parseVietnamLocal, parseWindowEnd, toVietnamIso } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { badRequest } from '../../http/errors.ts';
import { canAdminister, scopeRootIds, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireUnitPermission } from '../access/access.service.ts';
import { listAudit } from './audit-log.repository.ts';

export interface AuditQuery {
  unit?: string | undefined;
  entity?: string | undefined;
  action?: string | undefined;
  account?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

function instant(text: string | undefined, field: 'from' | 'to'): Date | undefined {
  if (text === undefined) return undefined;
  const at = field === 'to' ? parseWindowEnd(text) : parseVietnamLocal(text)?.date;
  if (!at) throw badRequest('Thời gian chưa đúng.', { [field]: 'Nhập ngày dạng 01/07/2025 hoặc 2025-07-01.' });
  return at;
}

export async function readAuditLog(db: DbOrTx, actor: Actor | null, query: AuditQuery) {
  const who = requireActor(actor);
  let rootIds: number[];
  let includeUnanchored = false;
  if (query.unit) {
    const { unit } = await requireUnitPermission(db, who, query.unit, canAdminister, 'xem nhật ký của đơn vị này');
    rootIds = [unit.id];
  } else {
    rootIds = scopeRootIds(who, ['admin']);
    if (rootIds.length === 0) throw forbidden('xem nhật ký thay đổi (cần vai trò quản trị)');
    includeUnanchored = who.grants.some((g) => g.role === 'admin' && g.unitPath.length === 1);
  }
  const rows = await listAudit(db, {
    rootIds,
    includeUnanchored,
    entity: query.entity,
    action: query.action,
    accountId: query.account,
    from: instant(query.from, 'from'),
    to: instant(query.to, 'to'),
    before: query.before,
    limit: query.limit,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: toVietnamIso(dbInstant(r.at)!),
      account: r.account_id === null ? null : { id: r.account_id, display_name: r.display_name ?? '' },
      action: r.action,
      entity: r.entity,
      entity_key: r.entity_key,
      unit: r.unit_code === null ? null : { code: r.unit_code, name: r.unit_name ?? '' },
      before: r.before,
      after: r.after,
      ip: r.ip,
    })),
    next_before: rows.length === query.limit ? rows.at(-1)!.id : null,
  };
}
