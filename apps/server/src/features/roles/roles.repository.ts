/** SQL of role grants. */
import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '@sangkien/shared';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { roleGrants } from '../../db/schema/index.ts';

export type GrantRecord = typeof roleGrants.$inferSelect;

/** Inserts the grant unless the account already holds that role there; returns it either way. */
export async function insertGrant(db: DbOrTx, grant: typeof roleGrants.$inferInsert): Promise<GrantRecord> {
  const [row] = await db.insert(roleGrants).values(grant).onConflictDoNothing().returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.accountId, grant.accountId),
        eq(roleGrants.unitId, grant.unitId),
        eq(roleGrants.role, grant.role),
      ),
    );
  return existing!;
}

export async function findGrant(db: DbOrTx, id: number): Promise<GrantRecord | undefined> {
  const [row] = await db.select().from(roleGrants).where(eq(roleGrants.id, id)).limit(1);
  return row;
}

export async function deleteGrant(db: DbOrTx, id: number): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.id, id));
}

export interface UnitGrantRow {
  id: number;
  role: Role;
  account_id: number;
  display_name: string;
  phone: string | null;
  email: string | null;
  member_code: string | null;
  granted_at: string;
  granted_by: string | null;
}

export async function listUnitGrants(db: DbOrTx, unitId: number): Promise<UnitGrantRow[]> {
  return queryRows<UnitGrantRow>(
    db,
    sql`select g.id, g.role, a.id as account_id, a.display_name, a.phone, a.email, m.code as member_code,
          g.granted_at, b.display_name as granted_by
        from role_grants g join accounts a on a.id = g.account_id left join members m on m.id = a.member_id
        left join accounts b on b.id = g.granted_by_account_id
        where g.unit_id = ${unitId} order by g.role, a.display_name`,
  );
}
