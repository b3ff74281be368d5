/** Row counts and aggregate sums of every table an import writes: "nothing changed" checks. */
import { sql } from 'drizzle-orm';
import { queryOne, type DbOrTx } from '../src/db/client.ts';

export async function databaseSnapshot(db: DbOrTx): Promise<Record<string, number>> {
  const row = await queryOne<Record<string, number>>(
    db,
    sql`select
      (select count(*) from units)::int as units,
      (select count(*) from unit_versions)::int as unit_versions,
      (select count(*) from programmes)::int as programmes,
      (select count(*) from phases)::int as phases,
      (select count(*) from quotas)::int as quotas,
      (select coalesce(sum(quota), 0) from quotas)::int as quota_sum,
      (select count(*) from members)::int as members,
      (select count(*) from initiatives)::int as initiatives,
      (select count(*) from initiative_authors)::int as authors,
      (select count(*) from initiative_events)::int as events,
      (select count(*) from fields)::int as fields,
      (select coalesce(sum(submissions), 0) from unit_phase_stats)::int as stats_submissions,
      (select coalesce(sum(valid), 0) from unit_phase_stats)::int as stats_valid,
      (select coalesce(max(updated_at), 'epoch') from units)::text as units_updated,
      (select coalesce(max(updated_at), 'epoch') from members)::text as members_updated,
      (select coalesce(max(updated_at), 'epoch') from initiatives)::text as initiatives_updated,
      (select count(*) from audit_log)::int as audit`,
  );
  return row!;
}
