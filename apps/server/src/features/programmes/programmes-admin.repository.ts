/** SQL of programme administration (programmes, phases, campaigns, fields). */
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { campaigns, fields, phases, programmes } from '../../db/schema/index.ts';
import type { ProgrammeRecord } from './programmes.repository.ts';

export async function listProgrammes(db: DbOrTx): Promise<ProgrammeRecord[]> {
  return db.select().from(programmes).orderBy(asc(programmes.id));
}

export async function findProgrammeByCode(db: DbOrTx, code: string): Promise<ProgrammeRecord | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.code, code)).limit(1);
  return row;
}

export async function insertProgramme(db: DbOrTx, values: typeof programmes.$inferInsert) {
  const [row] = await db.insert(programmes).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateProgramme(db: DbOrTx, id: number, values: { name?: string; goal?: number | null }) {
  const [row] = await db.update(programmes).set(values).where(eq(programmes.id, id)).returning();
  return row!;
}

export async function insertPhase(db: DbOrTx, values: typeof phases.$inferInsert) {
  const position = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(phases)
    .where(eq(phases.programmeId, values.programmeId));
  const [row] = await db
    .insert(phases)
    .values({ ...values, position: position[0]?.n ?? 0 })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function insertCampaign(db: DbOrTx, values: typeof campaigns.$inferInsert) {
  const [row] = await db.insert(campaigns).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listFields(db: DbOrTx) {
  return db.select().from(fields).orderBy(asc(fields.position), asc(fields.id));
}

export async function insertField(db: DbOrTx, values: typeof fields.$inferInsert) {
  const [row] = await db.insert(fields).values(values).onConflictDoNothing().returning();
  return row;
}
