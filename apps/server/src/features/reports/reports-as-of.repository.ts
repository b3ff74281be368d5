/**
 * SQL of reports as of a moment. Inside the report's transaction, history is staged once into
 * small analysed temporary tables (the planner misjudges recursive CTEs by orders of magnitude):
 * `asof_units` (every unit's version at the moment), then per subtree asked for `asof_tree_<id>`
 * (its units, tagged with the child and grandchild they roll up to) and `asof_counted_<id>` (its
 * submissions of the phase with the status each had: the last event at or before the moment).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { unitVersionsAtSql } from '../units/units-history.repository.ts';
import { vietnamDaySql } from '../stats/stats.repository.ts';
import type { DailyRow, TopInitiativeRow } from './reports.repository.ts';

const treeTable = (rootId: number) => sql.raw(`asof_tree_${Math.trunc(rootId)}`);
const countedTable = (rootId: number) => sql.raw(`asof_counted_${Math.trunc(rootId)}`);

/** Stages `asof_units`: the version in force at `at` of every unit open then. */
export async function stageUnitsAt(tx: DbOrTx, at: Date): Promise<void> {
  await tx.execute(sql`create temp table asof_units (unit_id int, parent_id int, name text, kind text, members int)
    on commit drop`);
  await tx.execute(sql`insert into asof_units ${unitVersionsAtSql(at)}`);
  await tx.execute(sql`create index on asof_units (unit_id)`);
  await tx.execute(sql`create index on asof_units (parent_id)`);
  await tx.execute(sql`analyze asof_units`);
}

/**
 * A subtree holding more than this share of all units reads its statuses in one ordered pass
 * over the events; a smaller one looks each initiative's last event up through the index.
 */
const WHOLE_PASS_SHARE = 0.25;

/** The status each initiative had at `at`: its last event at or before it (ties: the later id). */
const lastEventLookup = (at: Date) => sql`cross join lateral (
    select x.to_status from initiative_events x where x.initiative_id = i.id and x.at <= ${at}::timestamptz
    order by x.at desc, x.id desc limit 1) e`;
const lastEventPass = (at: Date) => sql`join (
    select distinct on (x.initiative_id) x.initiative_id, x.to_status from initiative_events x
    where x.at <= ${at}::timestamptz order by x.initiative_id desc, x.at desc, x.id desc) e on e.initiative_id = i.id`;

/** Stages the subtree of `rootId` at the staged moment and its submissions' statuses then. */
export async function stageSubtreeAt(tx: DbOrTx, rootId: number, phaseId: number, at: Date): Promise<void> {
  const tree = treeTable(rootId);
  const counted = countedTable(rootId);
  await tx.execute(sql`create temp table ${tree} (unit_id int, child_id int, grandchild_id int) on commit drop`);
  await tx.execute(sql`
    insert into ${tree}
    with recursive t as (
      select unit_id, null::int as child_id, null::int as grandchild_id from asof_units where unit_id = ${rootId}::int
      union all
      select a.unit_id, coalesce(t.child_id, a.unit_id),
        case when t.child_id is null then null else coalesce(t.grandchild_id, a.unit_id) end
      from asof_units a join t on a.parent_id = t.unit_id)
    select * from t`);
  await tx.execute(sql`analyze ${tree}`);
  const [size] = await queryRows<{ share: number }>(
    tx,
    sql`select (select count(*) from ${tree})::float8 / greatest((select count(*) from asof_units), 1) as share`,
  );
  const statuses = (size?.share ?? 0) > WHOLE_PASS_SHARE ? lastEventPass(at) : lastEventLookup(at);
  await tx.execute(sql`create temp table ${counted} (id int, code text, unit_id int, child_id int, grandchild_id int,
    status text, benefit_vnd_year int8, submitted_at timestamptz) on commit drop`);
  await tx.execute(sql`
    insert into ${counted}
    select i.id, i.code, i.unit_id, t.child_id, t.grandchild_id, e.to_status, i.benefit_vnd_year, i.submitted_at
    from ${tree} t
      -- Lateral: one index range per unit of the subtree, never a scan of the whole phase.
      cross join lateral (select * from initiatives x where x.unit_id = t.unit_id and x.phase_id = ${phaseId}::int) i
      ${statuses}
    where e.to_status not in ('draft', 'withdrawn')`);
  await tx.execute(sql`analyze ${counted}`);
}

export interface UnitAtRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
}

const UNIT_AT = sql`select u.id, u.code, a.name, a.kind, a.parent_id from asof_units a join units u on u.id = a.unit_id`;

/** The unit as it was at the staged moment (absent if it did not exist then). */
export async function findUnitAt(db: DbOrTx, key: { code: string } | { id: number }) {
  const where = 'code' in key ? sql`u.code = ${key.code}` : sql`u.id = ${key.id}::int`;
  return (await queryRows<UnitAtRow>(db, sql`${UNIT_AT} where ${where}`))[0];
}

export async function listChildrenAt(db: DbOrTx, parentId: number): Promise<UnitAtRow[]> {
  return queryRows<UnitAtRow>(db, sql`${UNIT_AT} where a.parent_id = ${parentId}::int`);
}

/** The units one (children) and two (grandchildren) levels below a staged root. */
export async function listTwoLevelsAt(db: DbOrTx, rootId: number) {
  return queryRows<UnitAtRow & { level: 1 | 2 }>(
    db,
    sql`${UNIT_AT} join ${treeTable(rootId)} t on t.unit_id = a.unit_id
        where t.unit_id = t.child_id or t.unit_id = t.grandchild_id`,
  ).then((rows) => rows.map((r) => ({ ...r, level: (r.parent_id === rootId ? 1 : 2) as 1 | 2 })));
}

/** Which total a grouped row is: 0 the whole subtree, 1 a child's, 2 a grandchild's. */
export interface LevelRow {
  level: 0 | 1 | 2;
  child_id: number | null;
  grandchild_id: number | null;
}

/**
 * Grouping down to the children (depth 1) or the grandchildren (depth 2): the select list's
 * `level, child_id, grandchild_id` and the matching GROUP BY.
 */
const grouped = (depth: 1 | 2) =>
  depth === 2
    ? {
        keys: sql`(case grouping(child_id, grandchild_id) when 3 then 0 when 1 then 1 else 2 end) as level,
          child_id, grandchild_id`,
        groupBy: sql`grouping sets ((), (child_id), (child_id, grandchild_id))`,
      }
    : {
        keys: sql`(case grouping(child_id) when 1 then 0 else 1 end) as level, child_id, null::int as grandchild_id`,
        groupBy: sql`grouping sets ((), (child_id))`,
      };

/** Member totals of a staged subtree: in all, per child and (depth 2) per grandchild. */
export async function memberTotalsAt(db: DbOrTx, rootId: number, depth: 1 | 2) {
  return queryRows<LevelRow & { members: number }>(
    db,
    sql`select ${grouped(depth).keys}, coalesce(sum(a.members), 0)::int8 as members
        from ${treeTable(rootId)} t join asof_units a on a.unit_id = t.unit_id group by ${grouped(depth).groupBy}`,
  );
}

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

/** Counts of a staged subtree, of each child and (depth 2) of each grandchild. */
export async function countsAt(db: DbOrTx, rootId: number, depth: 1 | 2) {
  const counted = countedTable(rootId);
  return queryRows<CountsAtRow>(
    db,
    sql`with counts as (
          select ${grouped(depth).keys}, ${COUNTS},
            coalesce(sum(benefit_vnd_year) filter (where status = 'valid'), 0)::int8 as benefit_vnd_year,
            count(distinct unit_id)::int as grassroots_participating
          from ${counted} group by ${grouped(depth).groupBy}),
        authors as (
          select ${grouped(depth).keys}, count(distinct a.member_id)::int as n
          from ${counted} c join initiative_authors a on a.initiative_id = c.id group by ${grouped(depth).groupBy})
        select c.*, coalesce(a.n, 0) as members_participating
        from counts c left join authors a on a.level = c.level and coalesce(a.child_id, 0) = coalesce(c.child_id, 0)
          and coalesce(a.grandchild_id, 0) = coalesce(c.grandchild_id, 0)`,
  );
}

/** Submissions per child of a staged subtree (siblings' ranks). */
export async function submissionsByChildAt(db: DbOrTx, rootId: number) {
  return queryRows<{ child_id: number | null; submissions: number }>(
    db,
    sql`select child_id, count(*)::int as submissions from ${countedTable(rootId)} group by child_id`,
  );
}

/** Valid initiatives of a staged subtree with the largest yearly benefit, unit named as it was then. */
export async function topInitiativesAt(db: DbOrTx, rootId: number, limit: number): Promise<TopInitiativeRow[]> {
  return queryRows<TopInitiativeRow>(
    db,
    sql`select i.id, i.code, i.title, i.confidentiality, i.benefit_vnd, i.benefit_period, i.benefit_vnd_year,
          a.name as unit_name,
          (select array_agg(m.full_name order by ia.position) from initiative_authors ia
             join members m on m.id = ia.member_id where ia.initiative_id = i.id) as authors
        from (select id, unit_id from ${countedTable(rootId)}
              where status = 'valid' and benefit_vnd_year is not null
              order by benefit_vnd_year desc, code limit ${limit}::int) c
          join initiatives i on i.id = c.id join asof_units a on a.unit_id = c.unit_id
        order by i.benefit_vnd_year desc, i.code`,
  );
}

/** Submissions of a staged subtree by the Vietnam day they were submitted. */
export async function dailySeriesAt(db: DbOrTx, rootId: number): Promise<DailyRow[]> {
  const day: SQL = vietnamDaySql(sql`submitted_at`);
  return queryRows<DailyRow>(
    db,
    sql`select ${day} as day, ${COUNTS} from ${countedTable(rootId)} group by 1 order by 1`,
  );
}
