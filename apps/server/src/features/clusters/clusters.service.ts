/** Emulation clusters (cụm/khối thi đua): units of one organiser's subtree ranked against each other. */
import { normaliseText } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission, requireVisibleUnit } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { codeProblem } from '../programmes/programmes.rules.ts';
import {
  clustersOwnedBy,
  membersOf,
  replaceMembers,
  subtreeUnitsByCode,
  upsertCluster,
} from './clusters.repository.ts';

async function present(db: DbOrTx, ownerCode: string, ownerId: number) {
  const list = await clustersOwnedBy(db, ownerId);
  const members = await membersOf(
    db,
    list.map((c) => c.id),
  );
  return {
    items: list.map((c) => ({
      code: c.code,
      name: c.name,
      owner_unit_code: ownerCode,
      units: members.filter((m) => m.cluster_id === c.id).map((m) => ({ code: m.code, name: m.name })),
    })),
  };
}

export async function listClusters(db: DbOrTx, actor: Actor | null, unitCode: string) {
  const unit = await requireVisibleUnit(db, actor, unitCode);
  return present(db, unit.code, unit.id);
}

/** Creates or renames a cluster of the unit and sets its members (all inside the unit's subtree). */
export async function saveCluster(
  database: Database,
  actor: Actor | null,
  unitCode: string,
  body: { code: string; name: string; unit_codes: string[] },
  now: Date,
) {
  const db = database.db;
  const { actor: admin, unit } = await requireUnitPermission(
    db,
    actor,
    unitCode,
    canAdminister,
    'quản lý cụm thi đua của đơn vị này',
  );
  const problem = codeProblem(body.code);
  if (problem) throw new AppError('validation_failed', 'Mã cụm chưa hợp lệ.', { code: problem });
  const found = await subtreeUnitsByCode(db, unit.id, body.unit_codes);
  const fields: Record<string, string> = {};
  body.unit_codes.forEach((code, n) => {
    if (!found.has(code)) fields[`unit_codes.${n}`] = `Đơn vị "${code}" không thuộc "${unit.code}".`;
  });
  if (Object.keys(fields).length > 0) throw new AppError('rule_broken', 'Cụm chỉ gồm các đơn vị cấp dưới.', fields);
  await db.transaction(async (tx) => {
    const cluster = await upsertCluster(tx, body.code, normaliseText(body.name), unit.id);
    if (!cluster) {
      throw new AppError('conflict', `Mã cụm "${body.code}" đã có ở đơn vị khác.`, { code: 'Mã cụm đã được dùng.' });
    }
    await replaceMembers(tx, cluster.id, [...new Set(found.values())]);
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'cluster.save',
      entity: 'cluster',
      entityKey: cluster.code,
      unitId: unit.id,
      after: { name: cluster.name, units: body.unit_codes },
    });
  });
  return present(db, unit.code, unit.id);
}
