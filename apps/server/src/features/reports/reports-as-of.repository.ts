/**
 * SQL of reports as of a moment: the tree from `unit_versions`, each initiative's status from its
 * last event at or before the moment. Historical, so it reads the subtree's initiatives (through
 * the (phase, unit) index, one unit at a time) and their events (through (initiative, at)).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { subtreeAtSql, unitVersionsAtSql } from '../units/units-history.repository.ts';
import { vietnamDaySql } from '../stats/stats.repository.ts';
import type { DailyRow, TopInitiativeRow } from './reports.repository.ts';

export interface UnitAtRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
}

/** The unit as it was at `at` (absent if it did not exist then). */
export async function findUnitAt(db: DbOrTx, key: { code: string } | { id: number }, at: Date) {
  const where = 'code' in key ? sql`u.code = ${key.code}` : sql`u.id = ${key.id}::int`;
  const rows = await queryRows<UnitAtRow>(
    db,
    sql`select u.id, u.code, v.name, v.kind, v.parent_id from (${unitVersionsAtSql(at)}) v join units u on u.id = v.unit_id
        where ${where}`,
  );
  return rows[0];
}

export async function listChildrenAt(db: DbOrTx, parentId: number, at: Date): Promise<UnitAtRow[]> {
  return queryRows<UnitAtRow>(
    db,
    sql`select u.id, u.code, v.name, v.kind, v.parent_id from (${unitVersionsAtSql(at)}) v join units u on u.id = v.unit_id
        where v.parent_id = ${parentId}::int`,
  );
}

/** The units one (children) and two (grandchildren) levels below the root at `at`. */
export async function listTwoLevelsAt(db: DbOrTx, rootId: number, at: Date) {
  return queryRows<UnitAtRow & { level: 1 | 2 }>(
    db,
    sql`with recursive ${subtreeAtSql(rootId, at)}
        select u.id, u.code, v.name, v.kind, v.parent_id, case when t.unit_id = t.child_id then 1 else 2 end as level
        from tree t join versions v on v.unit_id = t.unit_id join units u on u.id = t.unit_id
        where t.unit_id = t.child_id or t.unit_id = t.grandchild_id`,
  );
}

/** Which total a grouped row is: 0 the whole subtree, 1 a child's, 2 a grandchild's. */
export interface LevelRow {
  level: 0 | 1 | 2;
  child_id: number | null;
  grandchild_id: number | null;
}

const LEVELS = sql`grouping sets ((), (child_id), (child_id, grandchild_id))`;
const LEVEL = sql`(case grouping(child_id, grandchild_id) when 3 then 0 when 1 then 1 else 2 end)`;

/** Member totals of the subtree at `at`: in all, per child, per grandchild. */
export async function memberTotalsAt(db: DbOrTx, rootId: number, at: Date) {
  return queryRows<LevelRow & { members: number }>(
    db,
    sql`with recursive ${subtreeAtSql(rootId, at)}
        select ${LEVEL} as level, child_id, grandchild_id, coalesce(sum(v.members), 0)::int8 as members
        from tree t join versions v on v.unit_id = t.unit_id group by ${LEVELS}`,
  );
}

/** CTE `counted`: the subtree's submissions of the phase with the status each had at `at`. */
const countedSql = (phaseId: number, at: Date) => sql`counted as (
    select i.id, i.code, i.title, i.confidentiality, i.unit_id, t.child_id, t.grandchild_id, i.benefit_vnd,
      i.benefit_period, i.benefit_vnd_year, i.submitted_at, e.to_status as status
    from tree t
      join lateral (select * from initiatives x where x.unit_id = t.unit_id and x.phase_id = ${phaseId}::int) i on true
      join lateral (select x.to_status from initiative_events x where x.initiative_id = i.id and x.at <= ${at}::timestamptz
        order by x.at desc, x.id desc limit 1) e on true
    where e.to_status not in ('draft', 'withdrawn'))`;

const withCounted = (rootId: number, phaseId: number, at: Date, body: SQL) =>
  sql`with recursive ${subtreeAtSql(rootId, at)}, ${countedSql(phaseId, at)} ${body}`;

const COUNTS = sql`count(*)::int as submissions,
  (count(*) filter (where status = 'valid'))::int as valid,
  (count(*) filter (where status in ('submitted', 'in_review', 'needs_revision')))::int as pending,
  (count(*) filter (where status = 'invalid'))::int as invalid`;

export interface CountsAtRow extends LevelRow {
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
  benefit_vnd_year: number;
  grassroots_participating: number;
  members_participating: number;
}

/** Counts of the subtree, of each child and of each grandchild, in one pass over `counted`. */
export async function countsAt(db: DbOrTx, rootId: number, phaseId: number, at: Date) {
  return queryRows<CountsAtRow>(
    db,
    withCounted(
      rootId,
      phaseId,
      at,
      sql`, counts as (
          select ${LEVEL} as level, child_id, grandchild_id, ${COUNTS},
            coalesce(sum(benefit_vnd_year) filter (where status = 'valid'), 0)::int8 as benefit_vnd_year,
            count(distinct unit_id)::int as grassroots_participating
          from counted group by ${LEVELS}),
        authors as (
          select ${LEVEL} as level, child_id, grandchild_id, count(distinct a.member_id)::int as n
          from counted c join initiative_authors a on a.initiative_id = c.id group by ${LEVELS})
        select c.*, coalesce(a.n, 0) as members_participating
        from counts c left join authors a on a.level = c.level and a.child_id is not distinct from c.child_id
          and a.grandchild_id is not distinct from c.grandchild_id`,
    ),
  );
}

/** Submissions per child only (siblings' ranks): no authors, no benefit. */
export async function submissionsByChildAt(db: DbOrTx, rootId: number, phaseId: number, at: Date) {
  return queryRows<{ child_id: number | null; submissions: number }>(
    db,
    withCounted(rootId, phaseId, at, sql`select child_id, count(*)::int as submissions from counted group by child_id`),
  );
}

/** Valid initiatives at `at` with the largest yearly benefit, unit named as it was then. */
export async function topInitiativesAt(
  db: DbOrTx,
  rootId: number,
  phaseId: number,
  at: Date,
  limit: number,
): Promise<TopInitiativeRow[]> {
  return queryRows<TopInitiativeRow>(
    db,
    withCounted(
      rootId,
      phaseId,
      at,
      sql`select c.id, c.code, c.title, c.confidentiality, c.benefit_vnd, c.benefit_period, c.benefit_vnd_year,
            v.name as unit_name,
            (select array_agg(m.full_name order by a.position) from initiative_authors a
               join members m on m.id = a.member_id where a.initiative_id = c.id) as authors
          from counted c join versions v on v.unit_id = c.unit_id
          where c.status = 'valid' and c.benefit_vnd_year is not null
          order by c.benefit_vnd_year desc, c.code limit ${limit}::int`,
    ),
  );
}

/** Submissions counted at `at`, by the Vietnam day they were submitted. */
export async function dailySeriesAt(db: DbOrTx, rootId: number, phaseId: number, at: Date): Promise<DailyRow[]> {
  return queryRows<DailyRow>(
    db,
    withCounted(
      rootId,
      phaseId,
      at,
      sql`select ${vietnamDaySql(sql`submitted_at`)} as day, ${COUNTS}
          from counted group by 1 order by 1`,
    ),
  );
}
