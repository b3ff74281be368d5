/**
 * SQL of the unit tree's history: `unit_versions` keeps each period [valid_from, valid_to) of a
 * unit's parent, name, kind and members, so reports can show the tree as it was on a date.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';

/** Versions in force at `at` of units that existed then (rows: unit_id, parent_id, name, kind, members). */
export function unitVersionsAtSql(at: Date): SQL {
  return sql`select v.unit_id, v.parent_id, v.name, v.kind, v.members
    from unit_versions v join units u on u.id = v.unit_id
    where (v.valid_from is null or v.valid_from <= ${at}::timestamptz)
      and (v.valid_to is null or v.valid_to > ${at}::timestamptz)
      and (u.valid_from is null or u.valid_from <= ${at}::timestamptz)
      and (u.valid_to is null or u.valid_to > ${at}::timestamptz)`;
}

/** Ends the unit's current version at `at` and opens one with its present row's values. */
async function startNewVersion(tx: DbOrTx, unitId: number, at: Date): Promise<void> {
  await tx.execute(sql`update unit_versions set valid_to = ${at} where unit_id = ${unitId} and valid_to is null`);
  await tx.execute(sql`
    insert into unit_versions (unit_id, parent_id, name, kind, members, valid_from)
    select id, parent_id, name, kind, members, ${at} from units where id = ${unitId}`);
}

/** Moves a unit (with its subtree) under a new parent from `at` on, keeping the old period. */
export async function moveUnit(tx: DbOrTx, unitId: number, newParentId: number, at: Date): Promise<void> {
  await tx.execute(sql`update units set parent_id = ${newParentId}, updated_at = ${at} where id = ${unitId}`);
  await tx.execute(sql`
    update units d set path = t.path || d.path[cardinality(m.path):],
      depth = cardinality(t.path) + cardinality(d.path) - cardinality(m.path)
    from (select path from units where id = ${unitId}) m, (select path from units where id = ${newParentId}) t
    where d.path @> ${intArray([unitId])}::int[]`);
  await startNewVersion(tx, unitId, at);
}

/** Closes a unit from `at` on (merged into `successorId` when given); its history stays. */
export async function closeUnit(
  tx: DbOrTx,
  unitId: number,
  options: { at: Date; successorId?: number | null },
): Promise<void> {
  await tx.execute(sql`
    update units set valid_to = ${options.at}, successor_id = ${options.successorId ?? null}, updated_at = ${options.at}
    where id = ${unitId}`);
  await tx.execute(
    sql`update unit_versions set valid_to = ${options.at} where unit_id = ${unitId} and valid_to is null`,
  );
}
