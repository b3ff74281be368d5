/**
 * Awards (giấy khen, bằng khen) a unit grants to initiatives, members and collectives in its
 * subtree; the level is the granting unit's. They feed the commendation lists.
 */
import type { z } from 'zod';
import type { Award, CreateAwardRequestSchema } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission, requireVisibleUnit } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { levelOfUnitKind } from '../councils/councils.rules.ts';
import { resolvePhase } from '../programmes/programmes.service.ts';
import { MASKED_TITLE } from '../reports/reports.service.ts';
import {
  findAward,
  findInitiativeRecipient,
  findMemberRecipient,
  findUnitRecipient,
  insertAward,
  listInitiativeAwards,
  listSubtreeAwards,
  type AwardRow,
  type RecipientRow,
} from './awards.repository.ts';

export const AWARD_KIND_LABELS = { giay_khen: 'Giấy khen', bang_khen: 'Bằng khen' } as const;

export function presentAward(row: AwardRow): Award {
  const masked = row.recipient_kind === 'initiative' && row.confidentiality === 'confidential';
  return {
    id: row.id,
    kind: row.kind,
    kind_label: AWARD_KIND_LABELS[row.kind],
    level: row.level,
    decision_number: row.decision_number,
    decided_on: row.decided_on,
    granted_by: { code: row.granted_by_code, name: row.granted_by_name },
    phase_code: row.phase_code,
    recipient_kind: row.recipient_kind,
    recipient_code: row.recipient_code,
    recipient_name: masked ? MASKED_TITLE : row.recipient_name,
    reason: row.reason,
  };
}

/** Rows for the commendation lists: collectives, or individuals (members and initiatives' authors). */
export async function awardsForCommendations(
  db: DbOrTx,
  unitId: number,
  phaseId: number,
  recipients: 'collective' | 'individual',
  limit: number,
) {
  const rows = await listSubtreeAwards(db, unitId, { phaseId, recipients, limit });
  return rows.map((row) => {
    const masked = row.recipient_kind === 'initiative' && row.confidentiality === 'confidential';
    return {
      kind_label: AWARD_KIND_LABELS[row.kind],
      level: row.level,
      decision_number: row.decision_number,
      decided_on: row.decided_on,
      granted_by: row.granted_by_name,
      recipient:
        row.recipient_kind === 'initiative' ? (masked ? '' : (row.authors ?? []).join(', ')) : row.recipient_name,
      unit_name: row.recipient_unit_name,
      initiative_title: row.recipient_kind === 'initiative' ? (masked ? MASKED_TITLE : row.recipient_name) : null,
    };
  });
}

export async function awardsOfInitiative(db: DbOrTx, initiativeId: number) {
  return (await listInitiativeAwards(db, initiativeId)).map(presentAward);
}

export async function listAwards(
  db: DbOrTx,
  actor: Actor | null,
  unitCode: string,
  phaseCode: string | undefined,
  now: Date,
) {
  const unit = await requireVisibleUnit(db, actor, unitCode);
  const phaseId = phaseCode === undefined ? undefined : (await resolvePhase(db, phaseCode, now)).id;
  return { items: (await listSubtreeAwards(db, unit.id, phaseId === undefined ? {} : { phaseId })).map(presentAward) };
}

type CreateAwardRequest = z.infer<typeof CreateAwardRequestSchema>;

async function findRecipient(
  db: DbOrTx,
  input: CreateAwardRequest,
): Promise<{ field: string; row: RecipientRow | undefined }> {
  if (input.initiative_code !== undefined) {
    return { field: 'initiative_code', row: await findInitiativeRecipient(db, input.initiative_code) };
  }
  if (input.member_code !== undefined)
    return { field: 'member_code', row: await findMemberRecipient(db, input.member_code) };
  return { field: 'unit_code', row: await findUnitRecipient(db, input.unit_code!) };
}

export async function createAward(
  database: Database,
  actor: Actor | null,
  unitCode: string,
  input: CreateAwardRequest,
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(
      tx,
      actor,
      unitCode,
      canAdminister,
      'ghi khen thưởng của đơn vị này',
    );
    const { field, row } = await findRecipient(tx, input);
    if (!row || !row.path.includes(unit.id)) {
      throw new AppError('not_found', 'Không tìm thấy đối tượng khen thưởng.', {
        [field]: `Không có "${input.initiative_code ?? input.member_code ?? input.unit_code}" (sáng kiến hợp lệ, đoàn viên hoặc đơn vị) thuộc ${unit.name}.`,
      });
    }
    const phaseId = row.phase_id ?? (await resolvePhase(tx, input.phase, now)).id;
    const id = await insertAward(tx, {
      unitId: unit.id,
      phaseId,
      kind: input.kind,
      level: levelOfUnitKind(unit.kind),
      decisionNumber: input.decision_number,
      decidedOn: input.decided_on,
      initiativeId: input.initiative_code !== undefined ? row.id : null,
      memberId: input.member_code !== undefined ? row.id : null,
      recipientUnitId: input.unit_code !== undefined ? row.id : null,
      reason: input.reason ?? null,
      createdByAccountId: admin.accountId,
      createdAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'create',
      entity: 'award',
      entityKey: String(id),
      unitId: unit.id,
      after: { ...input },
    });
    return presentAward((await findAward(tx, id))!);
  });
}
