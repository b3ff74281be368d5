/** SQL of changes to the tree: new units, renames, moves (rewriting subtree paths), closing, history. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { members, units, unitVersions } from '../../db/schema/index.ts';
import { intArray } from '../../db/sql-values.ts';
import type { UnitRecord } from './units.repository.ts';

export async function insertUnit(
  db: DbOrTx,
  unit: { code: string; name: string; nameFolded: string; kind: string; members: number; joinCode: string | null },
  parent: UnitRecord,
  at: Date,
): Promise<UnitRecord> {
  const [row] = await db
    .insert(units)
    .values({
      ...unit,
      parentId: parent.id,
      path: [],
      depth: parent.depth + 1,
      validFrom: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const [withPath] = await db
    .update(units)
    .set({ path: [...parent.path, row!.id] })
    .where(eq(units.id, row!.id))
    .returning();
  return withPath!;
}

export async function setUnitFields(
  db: DbOrTx,
  id: number,
  changes: Partial<typeof units.$inferInsert>,
): Promise<void> {
  await db.update(units).set(changes).where(eq(units.id, id));
}

/** Puts `unit` (and its whole subtree) under `parent`: one UPDATE rewrites every path and depth. */
export async function moveSubtree(db: DbOrTx, unit: UnitRecord, parent: UnitRecord, at: Date): Promise<number> {
  await db.update(units).set({ parentId: parent.id, updatedAt: at }).where(eq(units.id, unit.id));
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update units set path = ${intArray(parent.path)}::int[] || path[${unit.depth + 1}:],
          depth = depth - ${unit.depth} + ${parent.depth + 1}
        where path @> ${intArray([unit.id])}::int[] returning id`,
  );
  return rows.length;
}

export async function listOpenChildIds(db: DbOrTx, unitId: number, now: Date): Promise<number[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, unitId), sql`(${units.validTo} is null or ${units.validTo} > ${now})`));
  return rows.map((r) => r.id);
}

export async function countMembers(db: DbOrTx, unitId: number): Promise<number> {
  const row = await queryOne<{ n: number }>(db, sql`select count(*)::int as n from members where unit_id = ${unitId}`);
  return row?.n ?? 0;
}

export async function moveMembers(db: DbOrTx, fromUnitId: number, toUnitId: number, at: Date): Promise<number> {
  const rows = await db
    .update(members)
    .set({ unitId: toUnitId, updatedAt: at })
    .where(eq(members.unitId, fromUnitId))
    .returning({ id: members.id });
  return rows.length;
}

/** Start of the unit's current period (null when known from the beginning). */
export async function currentVersionStart(db: DbOrTx, unitId: number): Promise<Date | null> {
  const [row] = await db
    .select({ validFrom: unitVersions.validFrom })
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unitId), isNull(unitVersions.validTo)))
    .limit(1);
  return row?.validFrom ?? null;
}

/**
 * History follows the units: a current version that no longer describes its unit is closed at
 * `at`, and an open unit without a current version gets one from `at`.
 */
export async function syncVersions(db: DbOrTx, unitIds: readonly number[], at: Date): Promise<void> {
  if (unitIds.length === 0) return;
  const ids = intArray(unitIds);
  await db.execute(sql`
    update unit_versions v set valid_to = ${at} from units u
    where v.unit_id = u.id and u.id = any(${ids}::int[]) and v.valid_to is null
      and ((v.parent_id, v.name, v.kind, v.members) is distinct from (u.parent_id, u.name, u.kind, u.members)
        or u.valid_to is not null)`);
  await db.execute(sql`
    insert into unit_versions (unit_id, parent_id, name, kind, members, valid_from)
    select u.id, u.parent_id, u.name, u.kind, u.members, ${at} from units u
    where u.id = any(${ids}::int[]) and u.valid_to is null
      and not exists (select 1 from unit_versions v where v.unit_id = u.id and v.valid_to is null)`);
}

export interface VersionRow {
  name: string;
  kind: string;
  parent_code: string | null;
  parent_name: string | null;
  members: number;
  valid_from: string | null;
  valid_to: string | null;
}

export async function listVersions(db: DbOrTx, unitId: number): Promise<VersionRow[]> {
  return queryRows<VersionRow>(
    db,
    sql`select v.name, v.kind, p.code as parent_code, p.name as parent_name, v.members, v.valid_from, v.valid_to
        from unit_versions v left join units p on p.id = v.parent_id
        where v.unit_id = ${unitId} order by v.valid_from nulls first, v.id`,
  );
}
