/** The queries behind `sangkien export`, one per dataset table, in the import's column order. */
import { sql, type SQL } from 'drizzle-orm';
import type { TableName } from './dataset-columns.ts';

const vietnamLocal = (column: string) =>
  sql.raw(`to_char((${column} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD"T"HH24:MI:SS')`);

export const EXPORT_QUERIES: Record<TableName, SQL> = {
  units: sql`select u.code, u.name, u.kind, p.code as parent_code, u.members, u.join_code
             from units u left join units p on p.id = u.parent_id order by u.depth, u.code`,
  phases: sql`select g.code as programme_code, g.name as programme_name, g.goal as programme_goal, p.code as phase_code,
                p.name as phase_name, ${vietnamLocal('p.starts_at')} as starts_at, ${vietnamLocal('p.ends_at')} as ends_at
              from phases p join programmes g on g.id = p.programme_id order by g.code, p.position, p.starts_at`,
  quotas: sql`select u.code as unit_code, p.code as phase_code, q.quota
              from quotas q join units u on u.id = q.unit_id join phases p on p.id = q.phase_id order by p.code, u.code`,
  members: sql`select m.code as member_code, m.full_name, u.code as unit_code, m.phone, m.job_title
               from members m join units u on u.id = m.unit_id order by m.code`,
  initiatives: sql`select i.code, i.title, p.code as phase_code, u.code as unit_code,
                     (select string_agg(m.code, ';' order by a.position) from initiative_authors a
                        join members m on m.id = a.member_id where a.initiative_id = i.id) as author_codes,
                     i.status, ${vietnamLocal('i.submitted_at')} as submitted_at, f.name as field, i.problem, i.solution,
                     i.benefit, i.benefit_vnd, i.benefit_period, i.confidentiality
                   from initiatives i join phases p on p.id = i.phase_id join units u on u.id = i.unit_id
                     left join fields f on f.id = i.field_id
                   order by i.code`,
};
