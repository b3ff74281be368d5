/** SQL of one initiative: reading it whole, writing its row, authors and history. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import {
  attachments,
  fields,
  initiativeAuthors,
  initiativeEvents,
  initiatives,
  members,
  phases,
  units,
} from '../../db/schema/index.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeInsert = typeof initiatives.$inferInsert;
export type AuthorRow = typeof initiativeAuthors.$inferInsert;

export interface AuthorRecord {
  memberId: number;
  memberCode: string;
  fullName: string;
  unitId: number;
  position: number;
  contributionPercent: number | null;
  dateOfBirth: string | null;
  workplace: string | null;
  jobTitle: string | null;
  qualification: string | null;
}

export interface InitiativeRecord {
  row: InitiativeRow;
  unit: { id: number; code: string; name: string; path: number[] };
  phase: { id: number; code: string; name: string; startsAt: Date; endsAt: Date };
  field: { code: string; name: string } | null;
  authors: AuthorRecord[];
  enteredBy: string | null;
}

async function loadRecord(db: DbOrTx, row: InitiativeRow | undefined): Promise<InitiativeRecord | undefined> {
  if (!row) return undefined;
  const [unit] = await db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path })
    .from(units)
    .where(eq(units.id, row.unitId));
  const [phase] = await db
    .select({ id: phases.id, code: phases.code, name: phases.name, startsAt: phases.startsAt, endsAt: phases.endsAt })
    .from(phases)
    .where(eq(phases.id, row.phaseId));
  const [field] = row.fieldId
    ? await db.select({ code: fields.code, name: fields.name }).from(fields).where(eq(fields.id, row.fieldId))
    : [];
  const authors = await db
    .select(AUTHOR_COLUMNS)
    .from(initiativeAuthors)
    .innerJoin(members, eq(members.id, initiativeAuthors.memberId))
    .where(eq(initiativeAuthors.initiativeId, row.id))
    .orderBy(asc(initiativeAuthors.position));
  const entered = row.enteredByAccountId
    ? await queryOne<{ display_name: string }>(
        db,
        sql`select display_name from accounts where id = ${row.enteredByAccountId}`,
      )
    : undefined;
  return { row, unit: unit!, phase: phase!, field: field ?? null, authors, enteredBy: entered?.display_name ?? null };
}

/** The columns of an author as every read of an initiative returns them. */
export const AUTHOR_COLUMNS = {
  memberId: initiativeAuthors.memberId,
  memberCode: members.code,
  fullName: members.fullName,
  unitId: members.unitId,
  position: initiativeAuthors.position,
  contributionPercent: initiativeAuthors.contributionPercent,
  dateOfBirth: initiativeAuthors.dateOfBirth,
  workplace: initiativeAuthors.workplace,
  jobTitle: initiativeAuthors.jobTitle,
  qualification: initiativeAuthors.qualification,
};

export async function findInitiativeByCode(
  db: DbOrTx,
  code: string,
  options: { lock?: boolean } = {},
): Promise<InitiativeRecord | undefined> {
  const query = db.select().from(initiatives).where(eq(initiatives.code, code)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return loadRecord(db, row);
}

export async function findInitiativeById(db: DbOrTx, id: number): Promise<InitiativeRecord | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id)).limit(1);
  return loadRecord(db, row);
}

/** The next free app code, `SK` + 8 digits (imported codes are skipped). */
export async function nextInitiativeCode(db: DbOrTx): Promise<string> {
  for (;;) {
    const row = await queryOne<{ code: string }>(
      db,
      sql`select 'SK' || lpad(nextval('initiative_code_seq')::text, 8, '0') as code`,
    );
    const taken = await queryOne(db, sql`select 1 from initiatives where code = ${row!.code}`);
    if (!taken) return row!.code;
  }
}

export async function insertInitiative(db: DbOrTx, values: InitiativeInsert): Promise<InitiativeRow> {
  const [row] = await db.insert(initiatives).values(values).returning();
  return row!;
}

export async function updateInitiative(db: DbOrTx, id: number, values: Partial<InitiativeInsert>): Promise<void> {
  await db
    .update(initiatives)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${initiatives.version} + 1` })
    .where(eq(initiatives.id, id));
}

export async function replaceAuthors(db: DbOrTx, initiativeId: number, authors: readonly AuthorRow[]): Promise<void> {
  await db.delete(initiativeAuthors).where(eq(initiativeAuthors.initiativeId, initiativeId));
  if (authors.length > 0) await db.insert(initiativeAuthors).values([...authors]);
}

export interface EventInsert {
  initiativeId: number;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  byAccountId: number | null;
  reason: string | null;
  fieldComments: Record<string, string> | null;
  source: string;
}

export async function insertEvents(db: DbOrTx, events: readonly EventInsert[]): Promise<void> {
  if (events.length > 0) await db.insert(initiativeEvents).values([...events]);
}

export interface EventRecord {
  at: Date;
  fromStatus: string | null;
  toStatus: string;
  by: string | null;
  reason: string | null;
  fieldComments: Record<string, string> | null;
  source: string;
}

export async function listEvents(db: DbOrTx, initiativeId: number): Promise<EventRecord[]> {
  return db
    .select({
      at: initiativeEvents.at,
      fromStatus: initiativeEvents.fromStatus,
      toStatus: initiativeEvents.toStatus,
      by: sql<string | null>`(select display_name from accounts a where a.id = ${initiativeEvents.byAccountId})`,
      reason: initiativeEvents.reason,
      fieldComments: initiativeEvents.fieldComments,
      source: initiativeEvents.source,
    })
    .from(initiativeEvents)
    .where(eq(initiativeEvents.initiativeId, initiativeId))
    .orderBy(asc(initiativeEvents.at), asc(initiativeEvents.id));
}

export async function listAttachmentRows(db: DbOrTx, initiativeId: number) {
  return db.select().from(attachments).where(eq(attachments.initiativeId, initiativeId)).orderBy(asc(attachments.id));
}

export interface MemberPlace {
  id: number;
  code: string;
  fullName: string;
  unitId: number;
  unitCode: string;
  unitKind: string;
  unitPath: number[];
  unitClosed: boolean;
}

export async function findMembersByCodes(db: DbOrTx, codes: readonly string[]): Promise<MemberPlace[]> {
  if (codes.length === 0) return [];
  return db
    .select({
      id: members.id,
      code: members.code,
      fullName: members.fullName,
      unitId: members.unitId,
      unitCode: units.code,
      unitKind: units.kind,
      unitPath: units.path,
      unitClosed: sql<boolean>`${units.validTo} is not null`,
    })
    .from(members)
    .innerJoin(units, eq(units.id, members.unitId))
    .where(inArray(members.code, [...codes]));
}

export async function findFieldByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select({ id: fields.id, code: fields.code, name: fields.name })
    .from(fields)
    .where(and(eq(fields.code, code), eq(fields.active, true)));
  return row;
}

/** Accounts of the given members (authors who can sign in), for notifications. */
export async function accountsOfMembers(
  db: DbOrTx,
  memberIds: readonly number[],
): Promise<Array<{ memberId: number; accountId: number }>> {
  if (memberIds.length === 0) return [];
  const rows = await queryRows<{ id: number; member_id: number }>(
    db,
    sql`select id, member_id from accounts where member_id = any(${`{${memberIds.join(',')}}`}::int[]) and not disabled`,
  );
  return rows.map((r) => ({ memberId: r.member_id, accountId: r.id }));
}

/** The latest return-for-correction comments of an initiative. */
export async function latestFieldComments(db: DbOrTx, initiativeId: number) {
  const [row] = await db
    .select({ fieldComments: initiativeEvents.fieldComments })
    .from(initiativeEvents)
    .where(and(eq(initiativeEvents.initiativeId, initiativeId), eq(initiativeEvents.toStatus, 'needs_revision')))
    .orderBy(desc(initiativeEvents.at), desc(initiativeEvents.id))
    .limit(1);
  return row?.fieldComments ?? null;
}
