/** SQL of quota allocation. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { quotas } from '../../db/schema/index.ts';
import { intArray, textArray } from '../../db/sql-values.ts';
import type { QuotaChange } from './quotas.rules.ts';

export async function quotasOfUnits(
  db: DbOrTx,
  unitIds: readonly number[],
  phaseId: number,
): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: quotas.unitId, quota: quotas.quota })
    .from(quotas)
    .where(and(eq(quotas.phaseId, phaseId), inArray(quotas.unitId, [...unitIds])));
  return new Map(rows.map((r) => [r.unitId, r.quota]));
}

export async function applyQuotaChanges(tx: DbOrTx, phaseId: number, changes: readonly QuotaChange[]): Promise<void> {
  const set = changes.filter((c) => c.after !== null);
  const removed = changes.filter((c) => c.after === null);
  if (set.length > 0) {
    await tx.execute(sql`
      insert into quotas (unit_id, phase_id, quota)
      select u, ${phaseId}, q from unnest(${intArray(set.map((c) => c.unitId))}::int[], ${intArray(set.map((c) => c.after!))}::int[]) as t(u, q)
      on conflict (unit_id, phase_id) do update set quota = excluded.quota, updated_at = now()`);
  }
  if (removed.length > 0) {
    await tx.delete(quotas).where(
      and(
        eq(quotas.phaseId, phaseId),
        inArray(
          quotas.unitId,
          removed.map((c) => c.unitId),
        ),
      ),
    );
  }
}

/** Units of the codes that lie strictly below `unitId` (an admin allocates to its subtree). */
export async function descendantsByCode(
  db: DbOrTx,
  unitId: number,
  codes: readonly string[],
): Promise<Map<string, { id: number; code: string; parentId: number | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await queryRows<{ id: number; code: string; parent_id: number | null }>(
    db,
    sql`select id, code, parent_id from units where code = any(${textArray(codes)}::text[])
          and path @> ${intArray([unitId])}::int[] and id <> ${unitId}`,
  );
  return new Map(rows.map((r) => [r.code, { id: r.id, code: r.code, parentId: r.parent_id }]));
}
