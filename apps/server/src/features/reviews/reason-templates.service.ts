/** Reasons reviewers pick from: kept per unit, inherited by its whole subtree. */
import type { ReasonTemplate } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { hasRole, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission, requireVisibleUnit } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { deleteTemplate, insertTemplate, templatesAlong, type TemplateRow } from './reason-templates.repository.ts';

const canManage = (actor: Actor, unit: { path: readonly number[] }) => hasRole(actor, ['admin', 'reviewer'], unit.path);

function present(row: TemplateRow, unitId: number): ReasonTemplate {
  return {
    id: row.id,
    to: row.to_status as ReasonTemplate['to'],
    text: row.text,
    position: row.position,
    unit: { code: row.unit_code, name: row.unit_name },
    inherited: row.unit_id !== unitId,
  };
}

export async function listReasonTemplates(db: DbOrTx, actor: Actor | null, code: string) {
  const unit = await requireVisibleUnit(db, actor, code);
  return { items: (await templatesAlong(db, unit.path)).map((r) => present(r, unit.id)) };
}

export async function addReasonTemplate(
  database: Database,
  actor: Actor | null,
  code: string,
  body: { to: string; text: string; position?: number | undefined },
  now: Date,
): Promise<ReasonTemplate> {
  return database.db.transaction(async (tx) => {
    const { actor: who, unit } = await requireUnitPermission(tx, actor, code, canManage, 'quản lý lý do mẫu');
    const row = await insertTemplate(tx, {
      unitId: unit.id,
      toStatus: body.to,
      text: body.text.normalize('NFC').trim(),
      position: body.position,
    });
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'create',
      entity: 'reason_template',
      entityKey: String(row.id),
      unitId: unit.id,
      after: { to: body.to, text: row.text },
    });
    return present(row, unit.id);
  });
}

export async function removeReasonTemplate(
  database: Database,
  actor: Actor | null,
  code: string,
  id: number,
  now: Date,
): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { actor: who, unit } = await requireUnitPermission(tx, actor, code, canManage, 'quản lý lý do mẫu');
    const row = await deleteTemplate(tx, unit.id, id);
    if (!row) throw notFound(`lý do mẫu số ${id} của đơn vị "${code}"`);
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'delete',
      entity: 'reason_template',
      entityKey: String(id),
      unitId: unit.id,
      before: { to: row.to_status, text: row.text },
    });
  });
}
