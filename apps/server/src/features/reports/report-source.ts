/**
 * Where a report's figures come from: the live aggregates (the default), or the history as of a
 * moment (report-source-as-of.ts). Reports and workbooks are assembled the same way from either.
 */
import type { UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { subtreeCountsByChild } from '../stats/stats.repository.ts';
import type { Figures } from '../stats/stats.rules.ts';
import { subtreeFigures } from '../stats/stats.service.ts';
import { findUnitByCode, findUnitById, listOpenChildren, type UnitRecord } from '../units/units.repository.ts';
import { liveGrandchildren } from './live-grandchildren.ts';
import { dailySeries, topInitiativesByBenefit, type DailyRow, type TopInitiativeRow } from './reports.repository.ts';

export interface SourceUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

export interface UnitFigures {
  unit: SourceUnit;
  figures: Figures;
  /** The unit's own children, when asked two levels deep. */
  children?: UnitFigures[];
}

export interface SubtreeFigures {
  total: Figures;
  children: UnitFigures[];
}

export interface ReportSource {
  /** The moment the figures describe. */
  readonly asOf: Date;
  /** True when the figures come from history rather than the live aggregates. */
  readonly historical: boolean;
  unitByCode(code: string): Promise<SourceUnit | undefined>;
  unitById(id: number): Promise<SourceUnit | undefined>;
  /** Figures of the unit's whole subtree and of each child (and each grandchild at depth 2). */
  subtree(unit: SourceUnit, depth?: 1 | 2): Promise<SubtreeFigures>;
  /** Submissions of each child's subtree (cheaper than `subtree`, for sibling ranks). */
  childSubmissions(unit: SourceUnit): Promise<Array<{ unit: SourceUnit; submissions: number }>>;
  topInitiatives(unit: SourceUnit, limit: number): Promise<TopInitiativeRow[]>;
  dailySeries(unit: SourceUnit): Promise<DailyRow[]>;
}

export const toSourceUnit = (u: UnitRecord): SourceUnit => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind as UnitKind,
  parentId: u.parentId,
});

async function requireRecord(db: DbOrTx, unit: SourceUnit): Promise<UnitRecord> {
  const record = await findUnitById(db, unit.id);
  if (!record) throw new Error(`unit ${unit.id} vanished`);
  return record;
}

/** The tree and figures as they are now, from the maintained aggregates. */
export function liveReportSource(db: DbOrTx, phaseId: number, now: Date): ReportSource {
  return {
    asOf: now,
    historical: false,
    unitByCode: async (code) => {
      const u = await findUnitByCode(db, code);
      return u && toSourceUnit(u);
    },
    unitById: async (id) => {
      const u = await findUnitById(db, id);
      return u && toSourceUnit(u);
    },
    subtree: async (unit, depth = 1) => {
      const record = await requireRecord(db, unit);
      const { total, children } = await subtreeFigures(db, record, phaseId);
      const grandchildren = depth === 2 ? await liveGrandchildren(db, record, phaseId) : undefined;
      return {
        total,
        children: children.map((c) => ({
          unit: toSourceUnit(c.unit),
          figures: c.figures,
          ...(grandchildren && {
            children: (grandchildren.get(c.unit.id) ?? []).map((g) => ({
              unit: toSourceUnit(g.unit),
              figures: g.figures,
            })),
          }),
        })),
      };
    },
    childSubmissions: async (unit) => {
      const record = await requireRecord(db, unit);
      const [rows, children] = await Promise.all([
        subtreeCountsByChild(db, record.id, record.depth, phaseId),
        listOpenChildren(db, record.id),
      ]);
      const submissions = new Map(rows.map((r) => [r.child_id, r.submissions]));
      return children.map((c) => ({ unit: toSourceUnit(c), submissions: submissions.get(c.id) ?? 0 }));
    },
    topInitiatives: (unit, limit) => topInitiativesByBenefit(db, unit.id, phaseId, limit),
    dailySeries: (unit) => dailySeries(db, unit.id, phaseId),
  };
}
