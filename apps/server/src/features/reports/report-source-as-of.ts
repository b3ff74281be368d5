/**
 * Report figures as they were at a moment: units, parents, names and members from their
 * versions then; each initiative counted with the status its history gives at that moment.
 * Must run inside a transaction: each subtree's history is staged once into temporary tables
 * (reports-as-of.repository.ts) that every later figure reads.
 */
import type { UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { quotasOf } from '../programmes/programmes.repository.ts';
import { buildFigures, ZERO_COUNTS, type Counts } from '../stats/stats.rules.ts';
import type { ReportSource, SourceUnit, UnitFigures } from './report-source.ts';
import {
  countsAt,
  dailySeriesAt,
  findUnitAt,
  listChildrenAt,
  listTwoLevelsAt,
  memberTotalsAt,
  stageSubtreeAt,
  stageUnitsAt,
  submissionsByChildAt,
  topInitiativesAt,
  type CountsAtRow,
  type LevelRow,
  type UnitAtRow,
} from './reports-as-of.repository.ts';

const toSourceUnit = (row: UnitAtRow): SourceUnit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as UnitKind,
  parentId: row.parent_id,
});

const countsOf = (row: CountsAtRow | undefined): Counts =>
  row
    ? {
        submissions: row.submissions,
        valid: row.valid,
        pending: row.pending,
        invalid: row.invalid,
        benefit_vnd_year: row.benefit_vnd_year,
        grassroots_participating: row.grassroots_participating,
      }
    : ZERO_COUNTS;

/** The key of a total: the subtree's (0), a child's (1) or a grandchild's (2). */
const keyOf = (row: LevelRow) =>
  row.level === 0 ? 'total' : row.level === 1 ? `c${row.child_id}` : `g${row.grandchild_id}`;

export function asOfReportSource(tx: DbOrTx, phaseId: number, at: Date): ReportSource {
  let units: Promise<void> | undefined;
  const subtrees = new Map<number, Promise<void>>();
  const unitsStaged = () => (units ??= stageUnitsAt(tx, at));
  /** Stages a subtree once; every figure of it then reads the staged tables. */
  const staged = async (rootId: number) => {
    await unitsStaged();
    if (!subtrees.has(rootId)) subtrees.set(rootId, stageSubtreeAt(tx, rootId, phaseId, at));
    await subtrees.get(rootId);
    return rootId;
  };
  return {
    asOf: at,
    historical: true,
    unitByCode: async (code) => {
      await unitsStaged();
      const row = await findUnitAt(tx, { code });
      return row && toSourceUnit(row);
    },
    unitById: async (id) => {
      await unitsStaged();
      const row = await findUnitAt(tx, { id });
      return row && toSourceUnit(row);
    },
    subtree: async (unit, depth = 1) => {
      const root = await staged(unit.id);
      const levels = await listTwoLevelsAt(tx, root);
      const memberRows = await memberTotalsAt(tx, root, depth);
      const countRows = await countsAt(tx, root, depth);
      const quotas = await quotasOf(tx, [unit.id, ...levels.map((u) => u.id)], phaseId);
      const members = new Map(memberRows.map((r) => [keyOf(r), r.members]));
      const counts = new Map(countRows.map((r) => [keyOf(r), r]));
      const figuresOf = (id: number, key: string) => {
        const row = counts.get(key);
        return buildFigures(
          countsOf(row),
          quotas.get(id) ?? null,
          members.get(key) ?? 0,
          row?.members_participating ?? 0,
        );
      };
      const grandchildren = levels.filter((u) => u.level === 2);
      const children: UnitFigures[] = levels
        .filter((u) => u.level === 1)
        .map((child) => ({
          unit: toSourceUnit(child),
          figures: figuresOf(child.id, `c${child.id}`),
          ...(depth === 2 && {
            children: grandchildren
              .filter((g) => g.parent_id === child.id)
              .map((g) => ({ unit: toSourceUnit(g), figures: figuresOf(g.id, `g${g.id}`) })),
          }),
        }));
      return { total: figuresOf(unit.id, 'total'), children };
    },
    childSubmissions: async (unit) => {
      const root = await staged(unit.id);
      const children = (await listChildrenAt(tx, root)).map(toSourceUnit);
      const rows = await submissionsByChildAt(tx, root);
      const submissions = new Map(rows.map((r) => [r.child_id, r.submissions]));
      return children.map((c) => ({ unit: c, submissions: submissions.get(c.id) ?? 0 }));
    },
    topInitiatives: async (unit, limit) => topInitiativesAt(tx, await staged(unit.id), limit),
    dailySeries: async (unit) => dailySeriesAt(tx, await staged(unit.id)),
  };
}
