/**
 * Quota allocation: an admin of a unit gives quotas to its children for a phase, sees their sum
 * against the unit's own quota (a warning, never a block), and may import quotas.csv for its
 * subtree (all or nothing). Every change is audited.
 */
import { compareVietnamese, type Allocation, type SaveAllocation, type UnitKind } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { presentPhaseRef, previousPhaseOf, resolvePhase } from '../programmes/programmes.service.ts';
import type { PhaseRecord } from '../programmes/programmes.repository.ts';
import { subtreeFigures } from '../stats/stats.service.ts';
import { signalStatsChanged } from '../stats/stats-events.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { applyQuotaChanges, descendantsByCode, quotasOfUnits } from './quotas.repository.ts';
import { allocationSummary, quotaChanges, shortfallWarning, type QuotaChange } from './quotas.rules.ts';

const ALLOCATE = 'phân bổ chỉ tiêu cho các đơn vị trực thuộc đơn vị này';

async function buildAllocation(db: DbOrTx, unit: UnitRecord, phase: PhaseRecord): Promise<Allocation> {
  const current = await subtreeFigures(db, unit, phase.id);
  const previous = await previousPhaseOf(db, phase);
  const before = previous ? await subtreeFigures(db, unit, previous.id) : null;
  const prevById = new Map(before?.children.map((c) => [c.unit.id, c.figures]) ?? []);
  const children = [...current.children].sort((a, b) => compareVietnamese(a.name, b.name));
  const summary = allocationSummary(
    current.total.quota,
    children.map((c) => c.figures.quota),
  );
  return {
    unit: { code: unit.code, name: unit.name, quota: current.total.quota },
    phase: presentPhaseRef(phase),
    previous_phase: previous ? presentPhaseRef(previous) : null,
    children: children.map((c) => ({
      code: c.unit.code,
      name: c.unit.name,
      kind: c.unit.kind as UnitKind,
      quota: c.figures.quota,
      members: c.figures.members,
      submissions: c.figures.submissions,
      previous_submissions: before ? (prevById.get(c.unit.id)?.submissions ?? 0) : null,
      previous_valid: before ? (prevById.get(c.unit.id)?.valid ?? 0) : null,
      previous_quota: before ? (prevById.get(c.unit.id)?.quota ?? null) : null,
    })),
    ...summary,
    warning: shortfallWarning(current.total.quota, summary),
  };
}

export async function getAllocation(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  phaseCode: string | undefined,
  now: Date,
) {
  const { unit } = await requireUnitPermission(db, actor, code, canAdminister, ALLOCATE);
  return buildAllocation(db, unit, await resolvePhase(db, phaseCode, now));
}

export async function applyAuditedChanges(
  tx: DbOrTx,
  admin: Actor,
  unit: UnitRecord,
  phase: PhaseRecord,
  changes: ReadonlyArray<QuotaChange & { code: string }>,
  now: Date,
): Promise<void> {
  await applyQuotaChanges(tx, phase.id, changes);
  for (const c of changes) {
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'quota.set',
      entity: 'quota',
      entityKey: `${c.code}/${phase.code}`,
      unitId: unit.id,
      before: { quota: c.before },
      after: { quota: c.after },
    });
  }
  // Quota percentages changed: caches (landing, rankings) refresh.
  if (changes.length > 0) await signalStatsChanged(tx, { phaseIds: [phase.id], unitIds: [] });
}

/** Saves the children's quotas edited inline; only direct children, only what changed. */
export async function saveAllocation(
  database: Database,
  actor: Actor | null,
  code: string,
  body: SaveAllocation,
  now: Date,
) {
  const db = database.db;
  const { actor: admin, unit } = await requireUnitPermission(db, actor, code, canAdminister, ALLOCATE);
  const phase = await resolvePhase(db, body.phase, now);
  const found = await descendantsByCode(
    db,
    unit.id,
    body.items.map((i) => i.unit_code),
  );
  const fields: Record<string, string> = {};
  const wanted = body.items.flatMap((item, n) => {
    const child = found.get(item.unit_code);
    if (!child || child.parentId !== unit.id) {
      fields[`items.${n}.unit_code`] = `Đơn vị "${item.unit_code}" không trực thuộc "${unit.code}".`;
      return [];
    }
    return [{ unitId: child.id, code: child.code, quota: item.quota }];
  });
  if (Object.keys(fields).length > 0)
    throw new AppError('rule_broken', 'Chưa lưu: có đơn vị không trực thuộc.', fields);
  const current = await quotasOfUnits(
    db,
    wanted.map((w) => w.unitId),
    phase.id,
  );
  const codes = new Map(wanted.map((w) => [w.unitId, w.code]));
  const changes = quotaChanges(current, wanted).map((c) => ({ ...c, code: codes.get(c.unitId)! }));
  await db.transaction((tx) => applyAuditedChanges(tx, admin, unit, phase, changes, now));
  return buildAllocation(db, unit, phase);
}
