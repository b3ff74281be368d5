/** SQL the report needs beyond the aggregates. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

export interface TopInitiativeRow {
  id: number;
  code: string;
  title: string;
  confidentiality: string;
  benefit_vnd: number;
  benefit_period: string;
  benefit_vnd_year: number;
  unit_name: string;
  authors: string[] | null;
}

/** Valid initiatives of the subtree with the largest yearly benefit (index on phase, benefit). */
export async function topInitiativesByBenefit(
  db: DbOrTx,
  unitId: number,
  phaseId: number,
  limit: number,
): Promise<TopInitiativeRow[]> {
  return queryRows<TopInitiativeRow>(
    db,
    sql`select i.id, i.code, i.title, i.confidentiality, i.benefit_vnd, i.benefit_period, i.benefit_vnd_year,
          u.name as unit_name,
          (select array_agg(m.full_name order by a.position) from initiative_authors a
             join members m on m.id = a.member_id where a.initiative_id = i.id) as authors
        from initiatives i join units u on u.id = i.unit_id
        where i.phase_id = ${phaseId} and i.status = 'valid' and i.benefit_vnd_year is not null
          and u.path @> ${intArray([unitId])}::int[]
        order by i.benefit_vnd_year desc, i.code
        limit ${limit}`,
  );
}

export interface DailyRow {
  /** Vietnam day of submission, `YYYY-MM-DD`. */
  day: string;
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
}

/** The subtree's submissions by Vietnam day, from the maintained daily aggregates. */
export async function dailySeries(db: DbOrTx, unitId: number, phaseId: number): Promise<DailyRow[]> {
  return queryRows<DailyRow>(
    db,
    sql`select d.day, sum(d.submissions)::int as submissions, sum(d.valid)::int as valid,
          sum(d.pending)::int as pending, sum(d.invalid)::int as invalid
        from unit_daily_stats d join units u on u.id = d.unit_id
        where d.phase_id = ${phaseId} and u.path @> ${intArray([unitId])}::int[]
        group by d.day having sum(d.submissions) > 0 order by d.day`,
  );
}
