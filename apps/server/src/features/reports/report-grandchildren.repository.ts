/**
 * The live figures two levels down in one pass over the aggregates (the workbook's sheet of
 * grandchildren): rows roll up to `path[d + 3]`, the grandchild of the unit at depth d.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';
import type { ChildCountRow } from '../stats/stats.repository.ts';
import { units } from '../../db/schema/index.ts';
import type { UnitRecord } from '../units/units.repository.ts';

/** Open units two levels below the unit (children of its open children). */
export async function listOpenGrandchildren(db: DbOrTx, unitId: number): Promise<UnitRecord[]> {
  return db
    .select()
    .from(units)
    .where(
      sql`${units.parentId} in (select c.id from units c where c.parent_id = ${unitId} and (c.valid_to is null or c.valid_to > now()))
        and (${units.validTo} is null or ${units.validTo} > now())`,
    );
}

export async function countsByGrandchild(db: DbOrTx, unitId: number, depth: number, phaseId: number) {
  return queryRows<ChildCountRow>(
    db,
    sql`select u.path[${depth}::int + 3] as child_id,
          coalesce(sum(s.submissions), 0)::int as submissions, coalesce(sum(s.valid), 0)::int as valid,
          coalesce(sum(s.pending), 0)::int as pending, coalesce(sum(s.invalid), 0)::int as invalid,
          coalesce(sum(s.benefit_vnd_year), 0)::int8 as benefit_vnd_year,
          (count(*) filter (where s.submissions > 0))::int as grassroots_participating
        from unit_phase_stats s join units u on u.id = s.unit_id
        where s.phase_id = ${phaseId} and u.depth >= ${depth}::int + 2 and u.path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
}

export async function memberTotalsByGrandchild(db: DbOrTx, unitId: number, depth: number) {
  return queryRows<{ child_id: number; members: number }>(
    db,
    sql`select path[${depth}::int + 3] as child_id, coalesce(sum(members), 0)::int8 as members
        from units where depth >= ${depth}::int + 2 and path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
}

/** Distinct participating members of each grandchild's subtree (not additive, so counted per grandchild). */
export async function participatingByGrandchild(db: DbOrTx, unitId: number, depth: number, phaseId: number) {
  const rows = await queryRows<{ child_id: number; n: number }>(
    db,
    sql`select u.path[${depth}::int + 3] as child_id, count(distinct a.member_id)::int as n
        from unit_phase_authors a join units u on u.id = a.unit_id
        where a.phase_id = ${phaseId} and a.submissions > 0 and u.depth >= ${depth}::int + 2
          and u.path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
  return new Map(rows.map((r) => [r.child_id, r.n]));
}
