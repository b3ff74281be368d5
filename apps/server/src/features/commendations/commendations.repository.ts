/** SQL of commendation lists: who has the most valid initiatives, who reached quota first. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

const SUBMISSION = sql`i.status not in ('draft', 'withdrawn')`;

export interface GrassrootsValidRow {
  code: string;
  name: string;
  parent_name: string | null;
  valid: number;
  submissions: number;
}

/** Grassroots unions of the subtree with the most valid initiatives (from the aggregates). */
export async function grassrootsByValid(db: DbOrTx, unitId: number, phaseId: number, limit: number) {
  return queryRows<GrassrootsValidRow>(
    db,
    sql`select u.code, u.name, p.name as parent_name, s.valid, s.submissions
        from unit_phase_stats s join units u on u.id = s.unit_id left join units p on p.id = u.parent_id
        where s.phase_id = ${phaseId} and s.valid > 0 and u.path @> ${intArray([unitId])}::int[]
        order by s.valid desc, s.submissions desc, u.code
        limit ${limit}`,
  );
}

export interface MemberValidRow {
  member_code: string;
  full_name: string;
  job_title: string | null;
  unit_name: string;
  valid: number;
  submissions: number;
}

/** Members authoring (or co-authoring) the most valid initiatives submitted in the subtree. */
export async function membersByValid(db: DbOrTx, unitId: number, phaseId: number, limit: number) {
  return queryRows<MemberValidRow>(
    db,
    sql`select m.code as member_code, m.full_name, m.job_title, mu.name as unit_name,
          (count(*) filter (where i.status = 'valid'))::int as valid, count(*)::int as submissions
        from initiatives i join units u on u.id = i.unit_id
          join initiative_authors a on a.initiative_id = i.id
          join members m on m.id = a.member_id join units mu on mu.id = m.unit_id
        where i.phase_id = ${phaseId} and ${SUBMISSION} and u.path @> ${intArray([unitId])}::int[]
        group by m.id, m.code, m.full_name, m.job_title, mu.name
        having count(*) filter (where i.status = 'valid') > 0
        order by valid desc, submissions desc, m.code
        limit ${limit}`,
  );
}

export interface QuotaReachedRow {
  code: string;
  name: string;
  kind: string;
  quota: number;
  /** timestamptz as text (dbInstant). */
  reached_at: string;
}

/**
 * The unit's open children with a quota, in the order they reached it: the moment of the
 * submission that made their count equal the quota (current statuses; withdrawn ones do not count).
 */
export async function childrenByQuotaReached(db: DbOrTx, unitId: number, phaseId: number, limit: number) {
  return queryRows<QuotaReachedRow>(
    db,
    sql`with quota_units as (
          select c.id, c.code, c.name, c.kind, q.quota from units c
            join quotas q on q.unit_id = c.id and q.phase_id = ${phaseId}
          where c.parent_id = ${unitId} and q.quota > 0 and (c.valid_to is null or c.valid_to > now())),
        numbered as (
          select qu.id, i.submitted_at,
            row_number() over (partition by qu.id order by i.submitted_at, i.id) as n
          from quota_units qu join units g on g.path @> array[qu.id] join initiatives i on i.unit_id = g.id
          where i.phase_id = ${phaseId} and ${SUBMISSION})
        select qu.code, qu.name, qu.kind, qu.quota, n.submitted_at as reached_at
        from quota_units qu join numbered n on n.id = qu.id and n.n = qu.quota
        order by n.submitted_at, qu.code
        limit ${limit}`,
  );
}
