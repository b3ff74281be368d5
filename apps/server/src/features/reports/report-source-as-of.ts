/**
 * Report figures as they were at a moment: units, parents, names and members from their
 * versions then; each initiative counted with the status its history gives at that moment.
 */
import type { UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { quotasOf } from '../programmes/programmes.repository.ts';
import { buildFigures, ZERO_COUNTS, type Counts } from '../stats/stats.rules.ts';
import type { ReportSource, SourceUnit } from './report-source.ts';
import {
  countsByChildAt,
  dailySeriesAt,
  findUnitAt,
  listChildrenAt,
  memberTotalsByChildAt,
  topInitiativesAt,
  type CountsAtRow,
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

export function asOfReportSource(db: DbOrTx, phaseId: number, at: Date): ReportSource {
  const countsByChild = async (unit: SourceUnit) => {
    const rows = await countsByChildAt(db, unit.id, phaseId, at);
    return {
      total: rows.find((r) => r.is_total),
      byChild: new Map(rows.filter((r) => !r.is_total).map((r) => [r.child_id, r])),
    };
  };
  return {
    asOf: at,
    historical: true,
    unitByCode: async (code) => {
      const row = await findUnitAt(db, { code }, at);
      return row && toSourceUnit(row);
    },
    unitById: async (id) => {
      const row = await findUnitAt(db, { id }, at);
      return row && toSourceUnit(row);
    },
    subtree: async (unit) => {
      const children = (await listChildrenAt(db, unit.id, at)).map(toSourceUnit);
      const memberRows = await memberTotalsByChildAt(db, unit.id, at);
      const counts = await countsByChild(unit);
      const quotas = await quotasOf(db, [unit.id, ...children.map((c) => c.id)], phaseId);
      const members = new Map(memberRows.map((r) => [r.child_id, r.members]));
      return {
        total: buildFigures(
          countsOf(counts.total),
          quotas.get(unit.id) ?? null,
          memberRows.reduce((sum, r) => sum + r.members, 0),
          counts.total?.members_participating ?? 0,
        ),
        children: children.map((child) => {
          const row = counts.byChild.get(child.id);
          const figures = buildFigures(
            countsOf(row),
            quotas.get(child.id) ?? null,
            members.get(child.id) ?? 0,
            row?.members_participating ?? 0,
          );
          return { unit: child, figures };
        }),
      };
    },
    childSubmissions: async (unit) => {
      const children = (await listChildrenAt(db, unit.id, at)).map(toSourceUnit);
      const counts = await countsByChild(unit);
      return children.map((c) => ({ unit: c, submissions: counts.byChild.get(c.id)?.submissions ?? 0 }));
    },
    topInitiatives: (unit, limit) => topInitiativesAt(db, unit.id, phaseId, at, limit),
    dailySeries: (unit) => dailySeriesAt(db, unit.id, phaseId, at),
  };
}
