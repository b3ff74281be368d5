/** SQL of listing initiatives the caller may see (GET /initiatives). */
import { sql, type SQL } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray, textArray } from '../../db/sql-values.ts';

/** Who the caller is, as the list's visibility needs it (see initiatives.policy.ts). */
export interface ListScope {
  accountId: number;
  memberId: number | null;
  /** Units whose subtrees the caller sees non-confidential initiatives in. */
  anyRoleRoots: number[];
  /** Units whose subtrees the caller sees confidential ones in too (admin, reviewer, council). */
  chainRoots: number[];
}

export interface ListFilter {
  unitId?: number;
  phaseId?: number;
  statuses?: string[];
  terms?: string[];
  mine?: boolean;
  limit: number;
  offset: number;
}

export interface ListRow {
  id: number;
  code: string;
  title: string;
  status: string;
  confidentiality: string;
  phase_code: string;
  unit_code: string;
  unit_name: string;
  field_name: string | null;
  main_author: string | null;
  on_behalf: boolean;
  submitted_at: string | null;
  status_changed_at: string;
  updated_at: string;
}

/** Authors and whoever typed it in: `i` is the initiative. */
export const ownSql = (scope: ListScope) => sql`(i.entered_by_account_id = ${scope.accountId}
  ${scope.memberId === null ? sql`` : sql`or exists (select 1 from initiative_authors x where x.initiative_id = i.id and x.member_id = ${scope.memberId})`})`;

/** Drafts stay private to their own people; confidential ones to the chain. */
export function visibleSql(scope: ListScope): SQL {
  const anyRole =
    scope.anyRoleRoots.length > 0
      ? sql`(u.path && ${intArray(scope.anyRoleRoots)}::int[] and i.confidentiality <> 'confidential' and i.status <> 'draft')`
      : sql`false`;
  const chain =
    scope.chainRoots.length > 0
      ? sql`(u.path && ${intArray(scope.chainRoots)}::int[] and i.status <> 'draft')`
      : sql`false`;
  return sql`(${ownSql(scope)} or ${anyRole} or ${chain})`;
}

export async function listVisibleInitiatives(
  db: DbOrTx,
  scope: ListScope,
  filter: ListFilter,
): Promise<{ rows: ListRow[]; total: number }> {
  const where: SQL[] = [filter.mine ? ownSql(scope) : visibleSql(scope)];
  if (filter.unitId !== undefined) where.push(sql`u.path @> ${intArray([filter.unitId])}::int[]`);
  if (filter.phaseId !== undefined) where.push(sql`i.phase_id = ${filter.phaseId}`);
  if (filter.statuses?.length) where.push(sql`i.status = any(${textArray(filter.statuses)}::text[])`);
  for (const term of filter.terms ?? []) where.push(sql`i.search_folded like ${`%${term}%`}`);
  const condition = sql.join(where, sql` and `);
  const from = sql`from initiatives i join units u on u.id = i.unit_id where ${condition}`;
  const rows = await queryRows<ListRow>(
    db,
    sql`select i.id, i.code, i.title, i.status, i.confidentiality, p.code as phase_code, u.code as unit_code,
          u.name as unit_name, f.name as field_name,
          (select m.full_name from initiative_authors a join members m on m.id = a.member_id
            where a.initiative_id = i.id order by a.position limit 1) as main_author,
          i.on_behalf, i.submitted_at, i.status_changed_at, i.updated_at
        from initiatives i join units u on u.id = i.unit_id join phases p on p.id = i.phase_id
          left join fields f on f.id = i.field_id
        where ${condition}
        order by coalesce(i.submitted_at, i.updated_at) desc, i.id desc
        limit ${filter.limit} offset ${filter.offset}`,
  );
  const count = await queryOne<{ n: number }>(db, sql`select count(*)::int as n ${from}`);
  return { rows, total: count?.n ?? 0 };
}
