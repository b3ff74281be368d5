/** SQL of the unit tree. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { intArray } from '../../db/sql-values.ts';

export type UnitRecord = typeof units.$inferSelect;

export async function findUnitByCode(db: DbOrTx, code: string): Promise<UnitRecord | undefined> {
  const [row] = await db.select().from(units).where(eq(units.code, code)).limit(1);
  return row;
}

export async function findUnitById(db: DbOrTx, id: number): Promise<UnitRecord | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row;
}

export async function findUnitsByIds(db: DbOrTx, ids: readonly number[]): Promise<UnitRecord[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(units)
    .where(inArray(units.id, [...ids]));
}

export async function findRootUnit(db: DbOrTx): Promise<UnitRecord | undefined> {
  const [row] = await db.select().from(units).where(isNull(units.parentId)).orderBy(asc(units.id)).limit(1);
  return row;
}

/** Direct children still open (not closed or merged away). */
export async function listOpenChildren(db: DbOrTx, parentId: number): Promise<UnitRecord[]> {
  return db
    .select()
    .from(units)
    .where(and(eq(units.parentId, parentId), sql`(${units.validTo} is null or ${units.validTo} > now())`));
}

/** Counts of direct children, for lazy tree browsing (one array parameter, however many parents). */
export async function countChildren(db: DbOrTx, parentIds: readonly number[]): Promise<Map<number, number>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .select({ parentId: units.parentId, n: sql<number>`count(*)::int` })
    .from(units)
    .where(sql`${units.parentId} = any(${intArray(parentIds)}::int[])`)
    .groupBy(units.parentId);
  return new Map(rows.map((r) => [r.parentId!, r.n]));
}

/**
 * The same counts for every child of `parent`, read from its subtree through the path index: for
 * a node with thousands of children a per-child count would read the whole table.
 */
export async function countGrandchildren(db: DbOrTx, parent: UnitRecord): Promise<Map<number, number>> {
  const rows = await queryRows<{ child_id: number; n: number }>(
    db,
    sql`select path[${parent.depth + 2}] as child_id, count(*)::int as n from units
        where path @> ${intArray([parent.id])}::int[] and depth = ${parent.depth + 2} group by 1`,
  );
  return new Map(rows.map((r) => [r.child_id, r.n]));
}

export async function findUnitByJoinCode(db: DbOrTx, joinCode: string): Promise<UnitRecord | undefined> {
  const [row] = await db.select().from(units).where(eq(units.joinCode, joinCode)).limit(1);
  return row;
}
