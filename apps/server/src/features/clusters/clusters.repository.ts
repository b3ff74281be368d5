/** SQL of emulation clusters and their member units. */
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { clusters, clusterUnits } from '../../db/schema/index.ts';
import { intArray, textArray } from '../../db/sql-values.ts';

export type ClusterRecord = typeof clusters.$inferSelect;

export async function clustersOwnedBy(db: DbOrTx, unitId: number): Promise<ClusterRecord[]> {
  return db.select().from(clusters).where(eq(clusters.ownerUnitId, unitId)).orderBy(asc(clusters.code));
}

export async function findClusterByCode(db: DbOrTx, code: string): Promise<ClusterRecord | undefined> {
  const [row] = await db.select().from(clusters).where(eq(clusters.code, code)).limit(1);
  return row;
}

export async function membersOf(db: DbOrTx, clusterIds: readonly number[]) {
  if (clusterIds.length === 0) return [];
  return queryRows<{ cluster_id: number; code: string; name: string }>(
    db,
    sql`select c.cluster_id, u.code, u.name from cluster_units c join units u on u.id = c.unit_id
        where c.cluster_id = any(${intArray(clusterIds)}::int[]) order by u.code`,
  );
}

/** Units of the codes inside the owner's subtree (the owner itself excluded). */
export async function subtreeUnitsByCode(db: DbOrTx, ownerId: number, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, number>();
  const rows = await queryRows<{ id: number; code: string }>(
    db,
    sql`select id, code from units where code = any(${textArray(codes)}::text[])
          and path @> ${intArray([ownerId])}::int[] and id <> ${ownerId}`,
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function upsertCluster(db: DbOrTx, code: string, name: string, ownerId: number) {
  const [row] = await db
    .insert(clusters)
    .values({ code, name, ownerUnitId: ownerId })
    .onConflictDoUpdate({ target: clusters.code, set: { name }, where: sql`${clusters.ownerUnitId} = ${ownerId}` })
    .returning();
  return row;
}

export async function replaceMembers(db: DbOrTx, clusterId: number, unitIds: readonly number[]) {
  await db.delete(clusterUnits).where(eq(clusterUnits.clusterId, clusterId));
  if (unitIds.length > 0) await db.insert(clusterUnits).values(unitIds.map((unitId) => ({ clusterId, unitId })));
}
