/**
 * SQL of the review queue: initiatives in the reviewer's subtrees, filtered, sorted and paged,
 * with the total. Indexes: units.path (GIN) for the scope, initiatives_unit_status_idx per unit,
 * initiatives_queue_idx for pending ones in submission order.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { intArray, textArray } from '../../db/sql-values.ts';
import type { ReviewSort } from '@sangkien/shared';

export interface QueueFilter {
  scopeRoots: number[];
  statuses: string[];
  unitId?: number | undefined;
  fieldId?: number | undefined;
  phaseId?: number | undefined;
  submittedFrom?: Date | undefined;
  submittedBefore?: Date | undefined;
  terms?: string[] | undefined;
  hasAttachments?: boolean | undefined;
  changedBefore?: Date | undefined;
  sort: ReviewSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface QueueRow {
  id: number;
  code: string;
  title: string;
  status: string;
  confidentiality: string;
  unit_code: string;
  unit_name: string;
  unit_path: number[];
  phase_code: string;
  field_name: string | null;
  main_author: string | null;
  submitted_at: string | null;
  status_changed_at: string;
  attachments_count: number;
  entered_by_account_id: number | null;
}

function conditions(f: QueueFilter): SQL {
  const where: SQL[] = [
    sql`u.path && ${intArray(f.scopeRoots)}::int[]`,
    sql`i.status = any(${textArray(f.statuses)}::text[])`,
  ];
  if (f.unitId !== undefined) where.push(sql`u.path @> ${intArray([f.unitId])}::int[]`);
  if (f.fieldId !== undefined) where.push(sql`i.field_id = ${f.fieldId}`);
  if (f.phaseId !== undefined) where.push(sql`i.phase_id = ${f.phaseId}`);
  if (f.submittedFrom) where.push(sql`i.submitted_at >= ${f.submittedFrom}`);
  if (f.submittedBefore) where.push(sql`i.submitted_at < ${f.submittedBefore}`);
  for (const term of f.terms ?? []) where.push(sql`i.search_folded like ${`%${term}%`}`);
  if (f.hasAttachments !== undefined) {
    where.push(
      sql`${f.hasAttachments ? sql`` : sql`not`} exists (select 1 from attachments a where a.initiative_id = i.id)`,
    );
  }
  if (f.changedBefore) where.push(sql`i.status_changed_at < ${f.changedBefore}`);
  return sql.join(where, sql` and `);
}

function orderBy(f: QueueFilter): SQL {
  const dir = sql.raw(f.order === 'desc' ? 'desc' : 'asc');
  // Longest waiting first is the oldest status change first.
  const reverse = sql.raw(f.order === 'desc' ? 'asc' : 'desc');
  switch (f.sort) {
    case 'waiting':
      return sql`i.status_changed_at ${reverse}, i.id ${reverse}`;
    case 'unit':
      return sql`u.code ${dir}, i.submitted_at asc, i.id asc`;
    case 'title':
      return sql`i.title ${dir}, i.id ${dir}`;
    default:
      return sql`i.submitted_at ${dir}, i.id ${dir}`;
  }
}

export async function queuePage(db: DbOrTx, f: QueueFilter): Promise<{ rows: QueueRow[]; total: number }> {
  const where = conditions(f);
  const rows = await queryRows<QueueRow>(
    db,
    sql`select i.id, i.code, i.title, i.status, i.confidentiality, u.code as unit_code, u.name as unit_name,
          u.path as unit_path, p.code as phase_code, fl.name as field_name,
          (select m.full_name from initiative_authors a join members m on m.id = a.member_id
            where a.initiative_id = i.id order by a.position limit 1) as main_author,
          i.submitted_at, i.status_changed_at, i.entered_by_account_id,
          (select count(*) from attachments a where a.initiative_id = i.id)::int as attachments_count
        from initiatives i join units u on u.id = i.unit_id join phases p on p.id = i.phase_id
          left join fields fl on fl.id = i.field_id
        where ${where}
        order by ${orderBy(f)}
        limit ${f.limit} offset ${f.offset}`,
  );
  const count = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from initiatives i join units u on u.id = i.unit_id where ${where}`,
  );
  return { rows, total: count?.n ?? 0 };
}

export async function findFieldId(db: DbOrTx, code: string): Promise<number | undefined> {
  const row = await queryOne<{ id: number }>(db, sql`select id from fields where code = ${code}`);
  return row?.id;
}

export async function findCampaignWindow(
  db: DbOrTx,
  code: string,
): Promise<{ starts_at: string; ends_at: string } | undefined> {
  return queryOne(db, sql`select starts_at, ends_at from campaigns where code = ${code}`);
}
