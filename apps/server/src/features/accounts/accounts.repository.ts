/** SQL of accounts. */
import { eq, sql } from 'drizzle-orm';
import { queryOne, type DbOrTx } from '../../db/client.ts';
import { accounts } from '../../db/schema/index.ts';
import type { LoginId } from './login-id.ts';

export type AccountRecord = typeof accounts.$inferSelect;

export async function findAccountByLogin(db: DbOrTx, login: LoginId): Promise<AccountRecord | undefined> {
  const column = login.kind === 'phone' ? accounts.phone : accounts.email;
  const [row] = await db.select().from(accounts).where(eq(column, login.value)).limit(1);
  return row;
}

export async function findAccountById(db: DbOrTx, id: number): Promise<AccountRecord | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}

export async function findAccountByMember(db: DbOrTx, memberId: number): Promise<AccountRecord | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.memberId, memberId)).limit(1);
  return row;
}

export async function insertAccount(db: DbOrTx, account: typeof accounts.$inferInsert): Promise<AccountRecord> {
  const [row] = await db.insert(accounts).values(account).returning();
  return row!;
}

export async function updateAccount(
  db: DbOrTx,
  id: number,
  changes: Partial<typeof accounts.$inferInsert>,
): Promise<void> {
  await db.update(accounts).set(changes).where(eq(accounts.id, id));
}

export interface MeRow {
  member_code: string | null;
  full_name: string | null;
  unit_code: string | null;
  unit_name: string | null;
}

export async function findMemberOfAccount(db: DbOrTx, accountId: number): Promise<MeRow | undefined> {
  return queryOne<MeRow>(
    db,
    sql`select m.code as member_code, m.full_name, u.code as unit_code, u.name as unit_name
        from accounts a join members m on m.id = a.member_id join units u on u.id = m.unit_id where a.id = ${accountId}`,
  );
}
