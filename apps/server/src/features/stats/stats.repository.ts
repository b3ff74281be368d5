/** SQL of the maintained aggregates: applying deltas, recounting from rows, rolling up subtrees. */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';
import type { StatsDelta } from './stats.rules.ts';

/** The Vietnam calendar day of a timestamptz column (UTC+7, no daylight saving). */
export const vietnamDaySql = (column: SQL) => sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;

const SUBMISSION = sql`status not in ('draft', 'withdrawn')`;
const PENDING = sql`status in ('submitted', 'in_review', 'needs_revision')`;

export async function applyStatsDelta(tx: DbOrTx, delta: StatsDelta): Promise<void> {
  if (delta.stats.length > 0) {
    const s = delta.stats;
    await tx.execute(sql`
      insert into unit_phase_stats (unit_id, phase_id, submissions, valid, pending, invalid, benefit_vnd_year)
      select * from unnest(${intArray(s.map((r) => r.unitId))}::int[], ${intArray(s.map((r) => r.phaseId))}::int[],
        ${intArray(s.map((r) => r.submissions))}::int[], ${intArray(s.map((r) => r.valid))}::int[],
        ${intArray(s.map((r) => r.pending))}::int[], ${intArray(s.map((r) => r.invalid))}::int[],
        ${intArray(s.map((r) => r.benefitVndYear))}::int8[])
      on conflict (unit_id, phase_id) do update set
        submissions = unit_phase_stats.submissions + excluded.submissions,
        valid = unit_phase_stats.valid + excluded.valid,
        pending = unit_phase_stats.pending + excluded.pending,
        invalid = unit_phase_stats.invalid + excluded.invalid,
        benefit_vnd_year = unit_phase_stats.benefit_vnd_year + excluded.benefit_vnd_year,
        updated_at = now()`);
  }
  if (delta.daily.length > 0) {
    const d = delta.daily;
    await tx.execute(sql`
      insert into unit_daily_stats (unit_id, phase_id, day, submissions, valid, pending, invalid)
      select u, p, day::date, s, v, pe, i from unnest(${intArray(d.map((r) => r.unitId))}::int[], ${intArray(d.map((r) => r.phaseId))}::int[],
        ${`{${d.map((r) => r.day).join(',')}}`}::text[], ${intArray(d.map((r) => r.submissions))}::int[],
        ${intArray(d.map((r) => r.valid))}::int[], ${intArray(d.map((r) => r.pending))}::int[],
        ${intArray(d.map((r) => r.invalid))}::int[]) as t(u, p, day, s, v, pe, i)
      on conflict (phase_id, unit_id, day) do update set
        submissions = unit_daily_stats.submissions + excluded.submissions,
        valid = unit_daily_stats.valid + excluded.valid,
        pending = unit_daily_stats.pending + excluded.pending,
        invalid = unit_daily_stats.invalid + excluded.invalid`);
  }
  if (delta.authors.length > 0) {
    const a = delta.authors;
    await tx.execute(sql`
      insert into unit_phase_authors (unit_id, phase_id, member_id, submissions)
      select * from unnest(${intArray(a.map((r) => r.unitId))}::int[], ${intArray(a.map((r) => r.phaseId))}::int[],
        ${intArray(a.map((r) => r.memberId))}::int[], ${intArray(a.map((r) => r.submissions))}::int[])
      on conflict (phase_id, unit_id, member_id) do update set
        submissions = unit_phase_authors.submissions + excluded.submissions`);
  }
}

export interface UnitPhasePair {
  unitId: number;
  phaseId: number;
}

/** The aggregates as they should be, computed from the initiatives (`filter` on alias `i`). */
const statsFromRows = (filter: SQL) => sql`
  select i.unit_id, i.phase_id, count(*)::int as submissions, (count(*) filter (where status = 'valid'))::int as valid,
    (count(*) filter (where ${PENDING}))::int as pending, (count(*) filter (where status = 'invalid'))::int as invalid,
    coalesce(sum(benefit_vnd_year) filter (where status = 'valid'), 0)::int8 as benefit_vnd_year
  from initiatives i where ${filter} and ${SUBMISSION}
  group by i.unit_id, i.phase_id`;

const dailyFromRows = (filter: SQL) => sql`
  select i.unit_id, i.phase_id, ${vietnamDaySql(sql`i.submitted_at`)} as day, count(*)::int as submissions,
    (count(*) filter (where status = 'valid'))::int as valid, (count(*) filter (where ${PENDING}))::int as pending,
    (count(*) filter (where status = 'invalid'))::int as invalid
  from initiatives i where ${filter} and ${SUBMISSION}
  group by 1, 2, 3`;

const authorsFromRows = (filter: SQL) => sql`
  select i.unit_id, i.phase_id, a.member_id, count(*)::int as submissions
  from initiatives i join initiative_authors a on a.initiative_id = i.id
  where ${filter} and ${SUBMISSION}
  group by 1, 2, 3`;

/** Rebuilds the aggregates of the given (unit, phase) pairs from the initiatives themselves. */
export async function recountStats(tx: DbOrTx, pairs: readonly UnitPhasePair[]): Promise<void> {
  if (pairs.length === 0) return;
  const units = intArray(pairs.map((p) => p.unitId));
  const phases = intArray(pairs.map((p) => p.phaseId));
  const inPairs = (alias: string) =>
    sql`(${sql.raw(alias)}.unit_id, ${sql.raw(alias)}.phase_id) in (select * from unnest(${units}::int[], ${phases}::int[]))`;
  await tx.execute(sql`delete from unit_phase_stats s where ${inPairs('s')}`);
  await tx.execute(sql`delete from unit_daily_stats d where ${inPairs('d')}`);
  await tx.execute(sql`delete from unit_phase_authors a where ${inPairs('a')}`);
  await tx.execute(sql`
    insert into unit_phase_stats (unit_id, phase_id, submissions, valid, pending, invalid, benefit_vnd_year)
    ${statsFromRows(inPairs('i'))}`);
  await tx.execute(sql`
    insert into unit_daily_stats (unit_id, phase_id, day, submissions, valid, pending, invalid)
    ${dailyFromRows(inPairs('i'))}`);
  await tx.execute(sql`
    insert into unit_phase_authors (unit_id, phase_id, member_id, submissions)
    ${authorsFromRows(inPairs('i'))}`);
}

export interface StatsDrift {
  table: 'unit_phase_stats' | 'unit_daily_stats' | 'unit_phase_authors';
  key: string;
  maintained: string;
  recounted: string;
}

/** Every aggregate row that differs from a recount of the initiatives (empty when consistent). */
export async function findStatsDrift(db: DbOrTx, limit = 1000): Promise<StatsDrift[]> {
  const all = sql`true`;
  const compare = (table: StatsDrift['table'], keys: string, values: string, fromRows: SQL) => {
    const keyList = keys.split(',').map((k) => k.trim());
    const key = keyList.map((k) => `coalesce(m.${k}, r.${k})::text`).join(` || '/' || `);
    const tuple = (alias: string) =>
      values
        .split(',')
        .map((v) => `${alias}.${v.trim()}`)
        .join(', ');
    // A maintained row of zeros is the same as no row at all.
    const zero = (alias: string) =>
      values
        .split(',')
        .map((v) => `coalesce(${alias}.${v.trim()}, 0) = 0`)
        .join(' and ');
    return queryRows<StatsDrift>(
      db,
      sql`select ${table}::text as table, ${sql.raw(key)} as key,
            coalesce(row(${sql.raw(tuple('m'))})::text, '-') as maintained,
            coalesce(row(${sql.raw(tuple('r'))})::text, '-') as recounted
          from ${sql.raw(table)} m full outer join (${fromRows}) r using (${sql.raw(keys)})
          where row(${sql.raw(tuple('m'))}) is distinct from row(${sql.raw(tuple('r'))})
            and not (r.unit_id is null and ${sql.raw(zero('m'))})
          limit ${limit}`,
    );
  };
  return [
    ...(await compare(
      'unit_phase_stats',
      'unit_id, phase_id',
      'submissions, valid, pending, invalid, benefit_vnd_year',
      statsFromRows(all),
    )),
    ...(await compare(
      'unit_daily_stats',
      'unit_id, phase_id, day',
      'submissions, valid, pending, invalid',
      dailyFromRows(all),
    )),
    ...(await compare('unit_phase_authors', 'unit_id, phase_id, member_id', 'submissions', authorsFromRows(all))),
  ];
}

export interface CountRow {
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
  benefit_vnd_year: number;
  grassroots_participating: number;
}

export interface ChildCountRow extends CountRow {
  /** The child of the asked unit that the rows roll up to; null for the unit's own rows. */
  child_id: number | null;
}

/** Totals of a unit's subtree, grouped by the child they roll up to. */
export async function subtreeCountsByChild(
  db: DbOrTx,
  unitId: number,
  depth: number,
  phaseId: number,
): Promise<ChildCountRow[]> {
  return queryRows<ChildCountRow>(
    db,
    sql`select case when u.depth > ${depth}::int then u.path[${depth}::int + 2] end as child_id,
          coalesce(sum(s.submissions), 0)::int as submissions, coalesce(sum(s.valid), 0)::int as valid,
          coalesce(sum(s.pending), 0)::int as pending, coalesce(sum(s.invalid), 0)::int as invalid,
          coalesce(sum(s.benefit_vnd_year), 0)::int8 as benefit_vnd_year,
          (count(*) filter (where s.submissions > 0))::int as grassroots_participating
        from unit_phase_stats s join units u on u.id = s.unit_id
        where s.phase_id = ${phaseId} and u.path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
}

/** Official member totals of a subtree, grouped by the child they roll up to. */
export async function memberTotalsByChild(
  db: DbOrTx,
  unitId: number,
  depth: number,
): Promise<Array<{ child_id: number | null; members: number }>> {
  return queryRows(
    db,
    sql`select case when u.depth > ${depth}::int then u.path[${depth}::int + 2] end as child_id,
          coalesce(sum(u.members), 0)::int8 as members
        from units u where u.path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
}

/** Distinct members authoring at least one submission in the subtree. */
export async function participatingMembers(db: DbOrTx, unitId: number, phaseId: number): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct a.member_id)::int as n
        from unit_phase_authors a join units u on u.id = a.unit_id
        where a.phase_id = ${phaseId} and a.submissions > 0 and u.path @> ${intArray([unitId])}::int[]`,
  );
  return rows[0]?.n ?? 0;
}

/** Distinct participating members of each child's subtree (not additive, so counted per child). */
export async function participatingMembersByChild(
  db: DbOrTx,
  unitId: number,
  depth: number,
  phaseId: number,
): Promise<Map<number, number>> {
  const rows = await queryRows<{ child_id: number; n: number }>(
    db,
    sql`select u.path[${depth}::int + 2] as child_id, count(distinct a.member_id)::int as n
        from unit_phase_authors a join units u on u.id = a.unit_id
        where a.phase_id = ${phaseId} and a.submissions > 0 and u.depth > ${depth}::int
          and u.path @> ${intArray([unitId])}::int[]
        group by 1`,
  );
  return new Map(rows.map((r) => [r.child_id, r.n]));
}

/** Totals over every unit for the given phases (the whole programme's live counter). */
export async function totalsForPhases(db: DbOrTx, phaseIds: readonly number[]): Promise<Map<number, CountRow>> {
  if (phaseIds.length === 0) return new Map();
  const rows = await queryRows<CountRow & { phase_id: number }>(
    db,
    sql`select phase_id, coalesce(sum(submissions), 0)::int as submissions, coalesce(sum(valid), 0)::int as valid,
          coalesce(sum(pending), 0)::int as pending, coalesce(sum(invalid), 0)::int as invalid,
          coalesce(sum(benefit_vnd_year), 0)::int8 as benefit_vnd_year,
          (count(*) filter (where submissions > 0))::int as grassroots_participating
        from unit_phase_stats where phase_id = any(${intArray(phaseIds)}::int[])
        group by phase_id`,
  );
  return new Map(rows.map((r) => [r.phase_id, r]));
}

/** Rebuilds every aggregate from the initiatives (`sangkien verify --fix`). */
export async function recountAllStats(tx: DbOrTx): Promise<void> {
  const all = sql`true`;
  await tx.execute(sql`delete from unit_phase_stats`);
  await tx.execute(sql`delete from unit_daily_stats`);
  await tx.execute(sql`delete from unit_phase_authors`);
  await tx.execute(
    sql`insert into unit_phase_stats (unit_id, phase_id, submissions, valid, pending, invalid, benefit_vnd_year) ${statsFromRows(all)}`,
  );
  await tx.execute(
    sql`insert into unit_daily_stats (unit_id, phase_id, day, submissions, valid, pending, invalid) ${dailyFromRows(all)}`,
  );
  await tx.execute(
    sql`insert into unit_phase_authors (unit_id, phase_id, member_id, submissions) ${authorsFromRows(all)}`,
  );
}
