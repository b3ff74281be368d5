/**
 * Outstanding initiatives, level by level: a unit puts recognised initiatives forward to a unit
 * above it; that unit selects from what it received (the initiative's outstanding level rises to
 * the selecting unit's) and may put them further up.
 */
import { toVietnamIso, type Nomination } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canAdminister, canSeeUnit, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireUnitPermission } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { higherLevel, levelOfUnitKind, mayNominate } from '../councils/councils.rules.ts';
import { canSeeCouncils } from '../councils/councils.service.ts';
import { MASKED_TITLE } from '../reports/reports.service.ts';
import { findUnitByCode, findUnitById } from '../units/units.repository.ts';
import {
  decideNomination,
  findNomination,
  findNominationInitiative,
  insertNomination,
  listNominations,
  setOutstandingLevel,
  type NominationRow,
} from './nominations.repository.ts';

export function presentNomination(row: NominationRow): Nomination {
  return {
    id: row.id,
    initiative: {
      code: row.initiative_code,
      title: row.confidentiality === 'confidential' ? MASKED_TITLE : row.title,
      unit_name: row.initiative_unit_name,
    },
    from_unit: { code: row.from_code, name: row.from_name },
    to_unit: { code: row.to_code, name: row.to_name },
    level: row.level,
    note: row.note,
    status: row.status,
    nominated_at: toVietnamIso(dbInstant(row.nominated_at)!),
    decided_at: row.decided_at === null ? null : toVietnamIso(dbInstant(row.decided_at)!),
  };
}

export async function listUnitNominations(db: DbOrTx, actor: Actor | null, unitCode: string) {
  const { unit } = await requireUnitPermission(db, actor, unitCode, canSeeCouncils, 'xem đề cử sáng kiến tiêu biểu');
  return {
    received: (await listNominations(db, unit.id, 'received')).map(presentNomination),
    sent: (await listNominations(db, unit.id, 'sent')).map(presentNomination),
  };
}

export async function nominate(
  database: Database,
  actor: Actor | null,
  unitCode: string,
  input: { initiative_code: string; to_unit_code?: string | undefined; note?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(
      tx,
      actor,
      unitCode,
      canAdminister,
      'đề cử sáng kiến của đơn vị này',
    );
    const initiative = await findNominationInitiative(tx, input.initiative_code);
    if (!initiative || !initiative.unit_path.includes(unit.id)) {
      throw new AppError('not_found', 'Không tìm thấy sáng kiến.', {
        initiative_code: `Không có sáng kiến "${input.initiative_code}" thuộc ${unit.name}.`,
      });
    }
    const selectedBy = initiative.selected_by;
    const may = mayNominate(
      unit.id,
      { unitId: initiative.unit_id, recognised: initiative.recognised, recognisedByUnitIds: initiative.recognised_by },
      selectedBy,
    );
    if (!may) {
      throw new AppError('rule_broken', 'Chưa thể đề cử sáng kiến này.', {
        initiative_code: initiative.recognised
          ? `Sáng kiến "${initiative.code}" chưa được ${unit.name} chọn là tiêu biểu nên chưa đề cử lên tiếp được.`
          : `Sáng kiến "${initiative.code}" chưa được hội đồng công nhận.`,
      });
    }
    const to =
      input.to_unit_code === undefined
        ? await findUnitById(tx, unit.parentId ?? -1)
        : await findUnitByCode(tx, input.to_unit_code);
    if (!to || to.id === unit.id || !unit.path.includes(to.id)) {
      throw new AppError('rule_broken', 'Chỉ đề cử lên đơn vị cấp trên.', {
        to_unit_code: `Đơn vị nhận đề cử phải là cấp trên của ${unit.name}.`,
      });
    }
    const id = await insertNomination(tx, {
      initiativeId: initiative.id,
      fromUnitId: unit.id,
      toUnitId: to.id,
      level: levelOfUnitKind(to.kind),
      note: input.note ?? null,
      nominatedAt: now,
      nominatedByAccountId: admin.accountId,
    });
    if (id === undefined) {
      throw new AppError('conflict', 'Sáng kiến đã được đề cử lên đơn vị này.', {
        initiative_code: `Sáng kiến "${initiative.code}" đã được đề cử lên ${to.name}.`,
      });
    }
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'nominate',
      entity: 'nomination',
      entityKey: String(id),
      unitId: unit.id,
      after: { initiative_code: initiative.code, to_unit_code: to.code },
    });
    return presentNomination((await findNomination(tx, id))!);
  });
}

export async function decide(
  database: Database,
  actor: Actor | null,
  id: number,
  status: 'selected' | 'not_selected',
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const who = requireActor(actor);
    const row = await findNomination(tx, id);
    const place = row && { id: row.to_unit_id, path: row.to_path };
    if (!row || !place || !canSeeUnit(who, place)) throw notFound(`đề cử số ${id}`);
    if (!canAdminister(who, place)) throw forbidden('chọn sáng kiến tiêu biểu của đơn vị này');
    await decideNomination(tx, id, { status, decidedAt: now, decidedByAccountId: who.accountId });
    if (status === 'selected') {
      const initiative = (await findNominationInitiative(tx, row.initiative_code))!;
      await setOutstandingLevel(tx, initiative.id, higherLevel(initiative.outstanding_level, row.level));
    }
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: status === 'selected' ? 'select' : 'decline',
      entity: 'nomination',
      entityKey: String(id),
      unitId: row.to_unit_id,
      before: { status: row.status },
      after: { status, initiative_code: row.initiative_code },
    });
    return presentNomination((await findNomination(tx, id))!);
  });
}
