/** SQL of the member roster. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { accounts, members, units } from '../../db/schema/index.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { intArray } from '../../db/sql-values.ts';

export type MemberRecord = typeof members.$inferSelect;

export async function findMemberByCode(db: DbOrTx, code: string): Promise<MemberRecord | undefined> {
  const [row] = await db.select().from(members).where(eq(members.code, code)).limit(1);
  return row;
}

/** A roster member of the unit with this phone who has no account yet. */
export async function findUnclaimedMemberByPhone(
  db: DbOrTx,
  unitId: number,
  phone: string,
): Promise<MemberRecord | undefined> {
  const [row] = await db
    .select({ member: members })
    .from(members)
    .leftJoin(accounts, eq(accounts.memberId, members.id))
    .where(and(eq(members.unitId, unitId), eq(members.phone, phone), isNull(accounts.id)))
    .orderBy(members.id)
    .limit(1);
  return row?.member;
}

/** Members anywhere without an account whose phone or e-mail matches (single sign-on linking). */
export async function findUnclaimedMembersByContact(
  db: DbOrTx,
  contact: { phone: string | null; email: string | null },
): Promise<MemberRecord[]> {
  if (!contact.phone && !contact.email) return [];
  const rows = await db
    .select({ member: members })
    .from(members)
    .leftJoin(accounts, eq(accounts.memberId, members.id))
    .where(
      and(
        isNull(accounts.id),
        sql`(${contact.phone ? sql`${members.phone} = ${contact.phone}` : sql`false`} or ${
          contact.email ? sql`lower(${members.email}) = ${contact.email}` : sql`false`
        })`,
      ),
    )
    .limit(2);
  return rows.map((r) => r.member);
}

export async function insertMember(db: DbOrTx, member: typeof members.$inferInsert): Promise<MemberRecord | undefined> {
  const [row] = await db.insert(members).values(member).onConflictDoNothing({ target: members.code }).returning();
  return row;
}

export async function updateMember(
  db: DbOrTx,
  id: number,
  changes: Partial<typeof members.$inferInsert>,
): Promise<MemberRecord> {
  const [row] = await db.update(members).set(changes).where(eq(members.id, id)).returning();
  return row!;
}

export interface RosterRow {
  id: number;
  code: string;
  full_name: string;
  phone: string | null;
  email: string | null;
  job_title: string | null;
  unit_code: string;
  unit_name: string;
  account_id: number | null;
  account_login: string | null;
  last_login_at: string | null;
}

const ROSTER_SELECT = sql`select m.id, m.code, m.full_name, m.phone, m.email, m.job_title, u.code as unit_code,
    u.name as unit_name, a.id as account_id, coalesce(a.phone, a.email) as account_login, a.last_login_at
  from members m join units u on u.id = m.unit_id left join accounts a on a.member_id = m.id`;

/** Members of a subtree, searched by folded name, code or phone, in name order. */
export async function searchRoster(
  db: DbOrTx,
  subtreeRootId: number,
  query: { folded: string | null; phone: string | null; code: string | null },
  page: { limit: number; offset: number },
): Promise<{ rows: RosterRow[]; total: number }> {
  const filters = [sql`u.path @> ${intArray([subtreeRootId])}::int[]`];
  const alternatives = [];
  if (query.folded) alternatives.push(sql`m.name_folded like ${`%${query.folded}%`}`);
  if (query.phone) alternatives.push(sql`m.phone = ${query.phone}`);
  if (query.code) alternatives.push(sql`upper(m.code) = ${query.code.toUpperCase()}`);
  if (alternatives.length > 0) filters.push(sql`(${sql.join(alternatives, sql` or `)})`);
  const where = sql.join(filters, sql` and `);
  const rows = await queryRows<RosterRow>(
    db,
    sql`${ROSTER_SELECT} where ${where} order by m.name_folded, m.code limit ${page.limit} offset ${page.offset}`,
  );
  const total = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from members m join units u on u.id = m.unit_id where ${where}`,
  );
  return { rows, total: total?.n ?? 0 };
}

export async function findRosterRow(db: DbOrTx, code: string): Promise<RosterRow | undefined> {
  return queryOne<RosterRow>(db, sql`${ROSTER_SELECT} where m.code = ${code}`);
}

export async function findMemberUnit(db: DbOrTx, memberId: number): Promise<UnitRecord | undefined> {
  const [row] = await db
    .select({ unit: units })
    .from(members)
    .innerJoin(units, eq(units.id, members.unitId))
    .where(eq(members.id, memberId))
    .limit(1);
  return row?.unit;
}

/** What keeps a member on the roster: an account, or initiatives they wrote (figures count them). */
export async function memberReferences(
  db: DbOrTx,
  memberId: number,
): Promise<{ has_account: boolean; has_initiatives: boolean }> {
  return (await queryOne<{ has_account: boolean; has_initiatives: boolean }>(
    db,
    sql`select exists(select 1 from accounts where member_id = ${memberId}) as has_account,
          exists(select 1 from initiative_authors where member_id = ${memberId})
            or exists(select 1 from unit_phase_authors where member_id = ${memberId}) as has_initiatives`,
  ))!;
}

export async function deleteMember(db: DbOrTx, memberId: number): Promise<void> {
  await db.delete(members).where(eq(members.id, memberId));
}
