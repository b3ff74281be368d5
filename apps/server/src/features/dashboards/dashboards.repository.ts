/** SQL of the dashboards: a subtree's daily counts from the daily aggregates. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

export interface DayRow {
  day: string;
  submissions: number;
  valid: number;
  pending: number;
}

/** Per Vietnam day of submission, the subtree's counts (status as it is now). */
export async function subtreeDays(
  db: DbOrTx,
  unitId: number,
  phaseId: number,
  window: { first: string; last: string } | null,
): Promise<DayRow[]> {
  const inWindow = window ? sql`and d.day between ${window.first}::date and ${window.last}::date` : sql``;
  return queryRows<DayRow>(
    db,
    sql`select d.day::text as day, sum(d.submissions)::int as submissions, sum(d.valid)::int as valid,
          sum(d.pending)::int as pending
        from unit_daily_stats d join units u on u.id = d.unit_id
        where d.phase_id = ${phaseId} and u.path @> ${intArray([unitId])}::int[] ${inWindow}
        group by d.day order by d.day`,
  );
}
