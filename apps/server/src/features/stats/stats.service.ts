/**
 * Figures of a unit's subtree and of each child, from the maintained aggregates. The report,
 * the rankings and the dashboards all read this one calculation.
 */
import { compareVietnamese } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { quotasOf } from '../programmes/programmes.repository.ts';
import { listOpenChildren, type UnitRecord } from '../units/units.repository.ts';
import {
  memberTotalsByChild,
  participatingMembers,
  participatingMembersByChild,
  subtreeCountsByChild,
  type ChildCountRow,
} from './stats.repository.ts';
import {
  addCounts,
  buildFigures,
  rankUnits,
  ZERO_COUNTS,
  type Counts,
  type Figures,
  type RankingMetric,
} from './stats.rules.ts';

export interface ChildFigures {
  unit: UnitRecord;
  name: string;
  figures: Figures;
}

export interface SubtreeFigures {
  total: Figures;
  children: ChildFigures[];
}

function countsOf(row: ChildCountRow): Counts {
  return {
    submissions: row.submissions,
    valid: row.valid,
    pending: row.pending,
    invalid: row.invalid,
    benefit_vnd_year: row.benefit_vnd_year,
    grassroots_participating: row.grassroots_participating,
  };
}

/** Figures of `unit` (whole subtree) and of each of its open children, for one phase. */
export async function subtreeFigures(db: DbOrTx, unit: UnitRecord, phaseId: number): Promise<SubtreeFigures> {
  const countRows = await subtreeCountsByChild(db, unit.id, unit.depth, phaseId);
  const memberRows = await memberTotalsByChild(db, unit.id, unit.depth);
  const children = await listOpenChildren(db, unit.id);
  const participating = await participatingMembers(db, unit.id, phaseId);
  const participatingByChild = await participatingMembersByChild(db, unit.id, unit.depth, phaseId);
  const quotas = await quotasOf(db, [unit.id, ...children.map((c) => c.id)], phaseId);
  const countsByChild = new Map(countRows.map((r) => [r.child_id, countsOf(r)]));
  const membersByChild = new Map(memberRows.map((r) => [r.child_id, r.members]));
  const total = countRows.reduce((sum, row) => addCounts(sum, countsOf(row)), ZERO_COUNTS);
  const members = memberRows.reduce((sum, row) => sum + row.members, 0);
  return {
    total: buildFigures(total, quotas.get(unit.id) ?? null, members, participating),
    children: children.map((child) => ({
      unit: child,
      name: child.name,
      figures: buildFigures(
        countsByChild.get(child.id) ?? ZERO_COUNTS,
        quotas.get(child.id) ?? null,
        membersByChild.get(child.id) ?? 0,
        participatingByChild.get(child.id) ?? 0,
      ),
    })),
  };
}

/** Children ranked by a metric, ties sharing the better position. */
export function rankChildren(children: readonly ChildFigures[], metric: RankingMetric) {
  return rankUnits(children, metric, compareVietnamese);
}
