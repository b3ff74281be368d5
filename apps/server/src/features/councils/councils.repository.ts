/** SQL of councils, their members, the reviews put before them and the scoring sheets. */
import { and, eq, sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import {
  councilMembers,
  councilReviews,
  councils,
  councilScores,
  initiatives,
  roleGrants,
  type CouncilCriterion,
} from '../../db/schema/index.ts';
import { intArray } from '../../db/sql-values.ts';

export type CouncilRecord = typeof councils.$inferSelect;
export type ReviewRecord = typeof councilReviews.$inferSelect;

export interface CouncilRow {
  id: number;
  name: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_path: number[];
  programme_code: string | null;
  programme_name: string | null;
  criteria: CouncilCriterion[];
  created_at: string;
}

const COUNCIL_SELECT = sql`select c.id, c.name, c.unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path,
    p.code as programme_code, p.name as programme_name, c.criteria, c.created_at
  from councils c join units u on u.id = c.unit_id left join programmes p on p.id = c.programme_id`;

export async function findCouncil(db: DbOrTx, id: number): Promise<CouncilRow | undefined> {
  return queryOne<CouncilRow>(db, sql`${COUNCIL_SELECT} where c.id = ${id}`);
}

export async function listUnitCouncils(db: DbOrTx, unitId: number): Promise<CouncilRow[]> {
  return queryRows<CouncilRow>(
    db,
    sql`${COUNCIL_SELECT} where c.unit_id = ${unitId} order by c.created_at desc, c.id desc`,
  );
}

export async function findProgrammeIdByCode(db: DbOrTx, code: string): Promise<number | undefined> {
  const row = await queryOne<{ id: number }>(db, sql`select id from programmes where code = ${code}`);
  return row?.id;
}

export async function insertCouncil(db: DbOrTx, values: typeof councils.$inferInsert): Promise<CouncilRecord> {
  const [row] = await db.insert(councils).values(values).returning();
  return row!;
}

export async function insertCouncilMember(
  db: DbOrTx,
  values: { councilId: number; accountId: number; position: string },
): Promise<void> {
  await db
    .insert(councilMembers)
    .values(values)
    .onConflictDoUpdate({
      target: [councilMembers.councilId, councilMembers.accountId],
      set: { position: values.position },
    });
}

/** The `council` role on a unit, kept once. */
export async function grantCouncilRole(db: DbOrTx, accountId: number, unitId: number, by: number, at: Date) {
  await db
    .insert(roleGrants)
    .values({ accountId, unitId, role: 'council', grantedByAccountId: by, grantedAt: at })
    .onConflictDoNothing();
}

export interface SeatRow {
  council_id: number;
  account_id: number;
  display_name: string;
  member_id: number | null;
  member_code: string | null;
  position: string;
}

export async function listSeats(db: DbOrTx, councilIds: readonly number[]): Promise<SeatRow[]> {
  if (councilIds.length === 0) return [];
  return queryRows<SeatRow>(
    db,
    sql`select s.council_id, s.account_id, a.display_name, a.member_id, m.code as member_code, s.position
        from council_members s join accounts a on a.id = s.account_id left join members m on m.id = a.member_id
        where s.council_id = any(${intArray(councilIds)}::int[])
        order by s.council_id, array_position(array['chair','vice_chair','secretary','expert','union_representative'], s.position),
          a.display_name`,
  );
}

export interface CouncilInitiativeRow {
  id: number;
  code: string;
  title: string;
  status: string;
  confidentiality: string;
  unit_id: number;
  unit_name: string;
  unit_path: number[];
  phase_id: number;
  /** When it became valid (the request was accepted), timestamptz text. */
  accepted_at: string | null;
  recognised_at: string | null;
  benefit: string | null;
  benefit_vnd_year: number | null;
  field_name: string | null;
}

const INITIATIVE_SELECT = sql`select i.id, i.code, i.title, i.status, i.confidentiality, i.unit_id, u.name as unit_name,
    u.path as unit_path, i.phase_id, i.recognised_at, i.benefit, i.benefit_vnd_year, f.name as field_name,
    coalesce((select max(e.at) from initiative_events e where e.initiative_id = i.id and e.to_status = 'valid'),
      case when i.status = 'valid' then i.status_changed_at end) as accepted_at
  from initiatives i join units u on u.id = i.unit_id left join fields f on f.id = i.field_id`;

export async function findInitiativeByCode(db: DbOrTx, code: string): Promise<CouncilInitiativeRow | undefined> {
  return queryOne<CouncilInitiativeRow>(db, sql`${INITIATIVE_SELECT} where i.code = ${code}`);
}

export async function findInitiativeById(db: DbOrTx, id: number): Promise<CouncilInitiativeRow | undefined> {
  return queryOne<CouncilInitiativeRow>(db, sql`${INITIATIVE_SELECT} where i.id = ${id}`);
}

export interface AuthorRow {
  initiative_id: number;
  member_id: number;
  full_name: string;
  job_title: string | null;
  position: number;
}

export async function listAuthors(db: DbOrTx, initiativeIds: readonly number[]): Promise<AuthorRow[]> {
  if (initiativeIds.length === 0) return [];
  return queryRows<AuthorRow>(
    db,
    sql`select a.initiative_id, a.member_id, m.full_name, m.job_title, a.position
        from initiative_authors a join members m on m.id = a.member_id
        where a.initiative_id = any(${intArray(initiativeIds)}::int[]) order by a.initiative_id, a.position`,
  );
}

export async function insertReview(
  db: DbOrTx,
  values: { councilId: number; initiativeId: number; openedByAccountId: number; openedAt: Date },
): Promise<ReviewRecord | undefined> {
  const [row] = await db.insert(councilReviews).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findReview(db: DbOrTx, councilId: number, reviewId: number): Promise<ReviewRecord | undefined> {
  const [row] = await db
    .select()
    .from(councilReviews)
    .where(and(eq(councilReviews.id, reviewId), eq(councilReviews.councilId, councilId)));
  return row;
}

export async function listReviews(db: DbOrTx, councilId: number): Promise<ReviewRecord[]> {
  return db.select().from(councilReviews).where(eq(councilReviews.councilId, councilId)).orderBy(councilReviews.id);
}

export type ScoreRecord = typeof councilScores.$inferSelect;

export async function listScores(db: DbOrTx, reviewIds: readonly number[]): Promise<ScoreRecord[]> {
  if (reviewIds.length === 0) return [];
  return queryRows<ScoreRecord>(
    db,
    sql`select review_id as "reviewId", account_id as "accountId", points, total, recognise, comment,
          submitted_at as "submittedAt"
        from council_scores where review_id = any(${intArray(reviewIds)}::int[]) order by submitted_at, account_id`,
  );
}

/** A member's sheet; sending it again replaces it while the review is open. */
export async function upsertScore(db: DbOrTx, values: typeof councilScores.$inferInsert): Promise<void> {
  await db
    .insert(councilScores)
    .values(values)
    .onConflictDoUpdate({
      target: [councilScores.reviewId, councilScores.accountId],
      set: {
        points: values.points,
        total: values.total,
        recognise: values.recognise,
        comment: values.comment,
        submittedAt: values.submittedAt!,
      },
    });
}

export async function closeReview(
  db: DbOrTx,
  reviewId: number,
  values: {
    closedAt: Date;
    closedByAccountId: number;
    eligibleAccountIds: number[];
    recognised: boolean;
    decisionNumber: string | null;
  },
): Promise<void> {
  await db.update(councilReviews).set(values).where(eq(councilReviews.id, reviewId));
}

/** Recognition is recorded beside the status (which stays `valid`), never as a status. */
export async function markRecognised(db: DbOrTx, initiativeId: number, at: Date, decision: string): Promise<void> {
  await db
    .update(initiatives)
    .set({ recognisedAt: at, recognitionDecision: decision })
    .where(eq(initiatives.id, initiativeId));
}
