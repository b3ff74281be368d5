/** The live figures of every grandchild of a unit, grouped by child, from one pass per figure. */
import type { DbOrTx } from '../../db/client.ts';
import { quotasOf } from '../programmes/programmes.repository.ts';
import type { ChildCountRow } from '../stats/stats.repository.ts';
import { buildFigures, ZERO_COUNTS, type Counts, type Figures } from '../stats/stats.rules.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import {
  countsByGrandchild,
  listOpenGrandchildren,
  memberTotalsByGrandchild,
  participatingByGrandchild,
} from './report-grandchildren.repository.ts';

const countsOf = (row: ChildCountRow | undefined): Counts =>
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

/** Figures of each grandchild, keyed by the id of the child it belongs to. */
export async function liveGrandchildren(
  db: DbOrTx,
  unit: UnitRecord,
  phaseId: number,
): Promise<Map<number, Array<{ unit: UnitRecord; figures: Figures }>>> {
  const grandchildren = await listOpenGrandchildren(db, unit.id);
  const counts = new Map((await countsByGrandchild(db, unit.id, unit.depth, phaseId)).map((r) => [r.child_id, r]));
  const members = new Map(
    (await memberTotalsByGrandchild(db, unit.id, unit.depth)).map((r) => [r.child_id, r.members]),
  );
  const participating = await participatingByGrandchild(db, unit.id, unit.depth, phaseId);
  const quotas = await quotasOf(
    db,
    grandchildren.map((g) => g.id),
    phaseId,
  );
  const byChild = new Map<number, Array<{ unit: UnitRecord; figures: Figures }>>();
  for (const g of grandchildren) {
    const figures = buildFigures(
      countsOf(counts.get(g.id)),
      quotas.get(g.id) ?? null,
      members.get(g.id) ?? 0,
      participating.get(g.id) ?? 0,
    );
    const list = byChild.get(g.parentId!) ?? [];
    list.push({ unit: g, figures });
    byChild.set(g.parentId!, list);
  }
  return byChild;
}
