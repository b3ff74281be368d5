/** SQL of the campaign and cluster rankings: rollups of the daily and phase aggregates. */
import { and, asc, eq } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { campaigns, clusters, clusterUnits, units } from '../../db/schema/index.ts';
import { intArray } from '../../db/sql-values.ts';
import type { Counts } from '../stats/stats.rules.ts';

export type CampaignRecord = typeof campaigns.$inferSelect;
export type ClusterRecord = typeof clusters.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

export interface KeyedCounts extends Counts {
  key: number | null;
}

export interface DayWindow {
  first: string;
  last: string;
}

export async function findCampaign(db: DbOrTx, code: string): Promise<CampaignRecord | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.code, code)).limit(1);
  return row;
}

export async function findCluster(db: DbOrTx, code: string): Promise<ClusterRecord | undefined> {
  const [row] = await db.select().from(clusters).where(eq(clusters.code, code)).limit(1);
  return row;
}

/** The open units of a cluster. */
export async function listClusterUnits(db: DbOrTx, clusterId: number): Promise<UnitRow[]> {
  const rows = await db
    .select({ unit: units })
    .from(clusterUnits)
    .innerJoin(units, eq(units.id, clusterUnits.unitId))
    .where(and(eq(clusterUnits.clusterId, clusterId), sql`(${units.validTo} is null or ${units.validTo} > now())`))
    .orderBy(asc(units.id));
  return rows.map((r) => r.unit);
}

const COUNT_COLUMNS = sql`coalesce(sum(x.submissions), 0)::int as submissions, coalesce(sum(x.valid), 0)::int as valid,
  coalesce(sum(x.pending), 0)::int as pending, coalesce(sum(x.invalid), 0)::int as invalid,
  coalesce(sum(x.benefit_vnd_year), 0)::int8 as benefit_vnd_year,
  (count(*) filter (where x.submissions > 0))::int as grassroots_participating`;

/** Per grassroots unit of a subtree, its counts over the days of a window (one row per unit). */
const windowCounts = (phaseId: number, days: DayWindow, within: SQL) => sql`
  select d.unit_id, sum(d.submissions)::int as submissions, sum(d.valid)::int as valid,
    sum(d.pending)::int as pending, sum(d.invalid)::int as invalid, 0::int8 as benefit_vnd_year
  from unit_daily_stats d join units w on w.id = d.unit_id
  where d.phase_id = ${phaseId} and d.day between ${days.first}::date and ${days.last}::date and ${within}
  group by d.unit_id`;

/** Counts over a window of a unit's subtree, keyed by the child each row rolls up to (null: the unit's own). */
export async function windowCountsByChild(
  db: DbOrTx,
  unit: { id: number; depth: number },
  phaseId: number,
  days: DayWindow,
): Promise<KeyedCounts[]> {
  return queryRows<KeyedCounts>(
    db,
    sql`select case when u.depth > ${unit.depth}::int then u.path[${unit.depth}::int + 2] end as key, ${COUNT_COLUMNS}
        from (${windowCounts(phaseId, days, sql`w.path @> ${intArray([unit.id])}::int[]`)}) x
        join units u on u.id = x.unit_id
        group by 1`,
  );
}

/** Counts of each listed unit's whole subtree: over a window of days, or the whole phase. */
export async function subtreeCountsOf(
  db: DbOrTx,
  unitIds: readonly number[],
  phaseId: number,
  days: DayWindow | null,
): Promise<KeyedCounts[]> {
  if (unitIds.length === 0) return [];
  const within = sql`w.path && ${intArray(unitIds)}::int[]`;
  const source = days
    ? windowCounts(phaseId, days, within)
    : sql`select s.unit_id, s.submissions, s.valid, s.pending, s.invalid, s.benefit_vnd_year
          from unit_phase_stats s join units w on w.id = s.unit_id where s.phase_id = ${phaseId} and ${within}`;
  return queryRows<KeyedCounts>(
    db,
    sql`select t as key, ${COUNT_COLUMNS}
        from (${source}) x join units u on u.id = x.unit_id
        cross join lateral unnest(u.path) t
        where t = any(${intArray(unitIds)}::int[])
        group by t`,
  );
}

/** Official member totals of each listed unit's subtree. */
export async function memberTotalsOf(db: DbOrTx, unitIds: readonly number[]): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<{ key: number; members: number }>(
    db,
    sql`select t as key, coalesce(sum(u.members), 0)::int8 as members
        from units u cross join lateral unnest(u.path) t
        where u.path && ${intArray(unitIds)}::int[] and t = any(${intArray(unitIds)}::int[])
        group by t`,
  );
  return new Map(rows.map((r) => [r.key, r.members]));
}

/** Distinct participating members of each listed unit's subtree in a phase. */
export async function participatingMembersOf(
  db: DbOrTx,
  unitIds: readonly number[],
  phaseId: number,
): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<{ key: number; n: number }>(
    db,
    sql`select t as key, count(distinct a.member_id)::int as n
        from unit_phase_authors a join units u on u.id = a.unit_id cross join lateral unnest(u.path) t
        where a.phase_id = ${phaseId} and a.submissions > 0 and u.path && ${intArray(unitIds)}::int[]
          and t = any(${intArray(unitIds)}::int[])
        group by t`,
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

export async function listClustersOwnedBy(db: DbOrTx, unitId: number): Promise<ClusterRecord[]> {
  return db.select().from(clusters).where(eq(clusters.ownerUnitId, unitId)).orderBy(asc(clusters.code));
}
