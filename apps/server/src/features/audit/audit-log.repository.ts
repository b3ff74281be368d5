/** Reading the audit log within subtrees, newest first. */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

export interface AuditRow {
  id: number;
  at: string;
  account_id: number | null;
  display_name: string | null;
  action: string;
  entity: string;
  entity_key: string;
  unit_code: string | null;
  unit_name: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditFilter {
  rootIds: readonly number[];
  /** Entries anchored to no unit (e.g. an operator's account) belong to the national admins. */
  includeUnanchored: boolean;
  entity?: string | undefined;
  action?: string | undefined;
  accountId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  before?: number | undefined;
  limit: number;
}

export async function listAudit(db: DbOrTx, filter: AuditFilter): Promise<AuditRow[]> {
  const scope = [sql`u.path && ${intArray(filter.rootIds)}::int[]`];
  if (filter.includeUnanchored) scope.push(sql`a.unit_id is null`);
  const where: SQL[] = [sql`(${sql.join(scope, sql` or `)})`];
  if (filter.entity) where.push(sql`a.entity = ${filter.entity}`);
  if (filter.action) where.push(sql`a.action = ${filter.action}`);
  if (filter.accountId) where.push(sql`a.account_id = ${filter.accountId}`);
  if (filter.from) where.push(sql`a.at >= ${filter.from}`);
  if (filter.to) where.push(sql`a.at < ${filter.to}`);
  if (filter.before) where.push(sql`a.id < ${filter.before}`);
  return queryRows<AuditRow>(
    db,
    sql`select a.id, a.at, a.account_id, ac.display_name, a.action, a.entity, a.entity_key,
          u.code as unit_code, u.name as unit_name, a.before, a.after, a.ip
        from audit_log a left join units u on u.id = a.unit_id left join accounts ac on ac.id = a.account_id
        where ${sql.join(where, sql` and `)}
        order by a.id desc limit ${filter.limit}`,
  );
}
