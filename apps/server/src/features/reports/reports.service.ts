/** The phase report of any unit (interchange.md §3), from the maintained aggregates. */
import { compareVietnamese, toVietnamIso, type BenefitPeriod, type PhaseReport, type UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { findPhaseByCode, findProgrammeById } from '../programmes/programmes.repository.ts';
import { subtreeCountsByChild } from '../stats/stats.repository.ts';
import { rankPositions } from '../stats/stats.rules.ts';
import { rankChildren, subtreeFigures } from '../stats/stats.service.ts';
import { findUnitByCode, findUnitById, listOpenChildren, type UnitRecord } from '../units/units.repository.ts';
import { topInitiativesByBenefit } from './reports.repository.ts';

export const TOP_INITIATIVES = 5;
export const MASKED_TITLE = '(bảo mật)';

/** Position of `unit` among its open siblings by submissions (1, 2, 2, 4). */
async function siblingRank(db: DbOrTx, unit: UnitRecord, phaseId: number): Promise<PhaseReport['rank']> {
  if (unit.parentId === null) return null;
  const parent = await findUnitById(db, unit.parentId);
  if (!parent) return null;
  const [rows, siblings] = await Promise.all([
    subtreeCountsByChild(db, parent.id, parent.depth, phaseId),
    listOpenChildren(db, parent.id),
  ]);
  const submissions = new Map(rows.map((r) => [r.child_id, r.submissions]));
  const positions = rankPositions(siblings, (s) => submissions.get(s.id) ?? 0);
  const own = siblings.find((s) => s.id === unit.id);
  return { position: own ? positions.get(own)! : siblings.length + 1, of: siblings.length, parent_code: parent.code };
}

export async function buildPhaseReport(
  db: DbOrTx,
  unitCode: string,
  phaseCode: string,
  now: Date = new Date(),
): Promise<PhaseReport> {
  const unit = await findUnitByCode(db, unitCode);
  if (!unit) throw notFound(`đơn vị "${unitCode}"`);
  const phase = await findPhaseByCode(db, phaseCode);
  if (!phase) throw notFound(`giai đoạn "${phaseCode}"`);
  const programme = await findProgrammeById(db, phase.programmeId);

  const { total, children } = await subtreeFigures(db, unit, phase.id);
  const ranked = rankChildren(children, 'submissions');
  const rank = await siblingRank(db, unit, phase.id);
  const top = await topInitiativesByBenefit(db, unit.id, phase.id, TOP_INITIATIVES);

  const belowQuota = ranked
    .filter((c) => c.figures.quota_percent !== null && c.figures.quota_percent < 100)
    .sort((a, b) => a.figures.quota_percent! - b.figures.quota_percent! || compareVietnamese(a.name, b.name))
    .map((c) => c.unit.code);

  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind as UnitKind },
    phase: {
      code: phase.code,
      name: phase.name,
      starts_at: toVietnamIso(phase.startsAt),
      ends_at: toVietnamIso(phase.endsAt),
    },
    programme: { code: programme?.code ?? '', name: programme?.name ?? '', goal: programme?.goal ?? null },
    as_of: toVietnamIso(now),
    ...total,
    rank,
    children: ranked.map((c) => ({
      code: c.unit.code,
      name: c.unit.name,
      kind: c.unit.kind as UnitKind,
      ...c.figures,
      rank: c.position,
    })),
    below_quota: belowQuota,
    top_initiatives: top.map((t) => {
      const confidential = t.confidentiality === 'confidential';
      return {
        code: t.code,
        title: confidential ? MASKED_TITLE : t.title,
        authors: confidential ? [] : (t.authors ?? []),
        unit_name: t.unit_name,
        benefit_vnd: t.benefit_vnd,
        benefit_period: t.benefit_period as BenefitPeriod,
        benefit_vnd_year: t.benefit_vnd_year,
        confidential,
      };
    }),
  };
}

/** The report as the API gives it: only for a unit the caller may see. */
export async function readPhaseReport(
  db: DbOrTx,
  actor: Actor | null,
  unitCode: string,
  phaseCode: string,
  now: Date,
): Promise<PhaseReport> {
  await requireVisibleUnit(db, actor, unitCode);
  return buildPhaseReport(db, unitCode, phaseCode, now);
}
