/** SQL of programmes, phases, campaigns and quotas. */
import { and, asc, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { campaigns, phases, programmes, quotas } from '../../db/schema/index.ts';

export type PhaseRecord = typeof phases.$inferSelect;
export type ProgrammeRecord = typeof programmes.$inferSelect;

export async function findPhaseByCode(db: DbOrTx, code: string): Promise<PhaseRecord | undefined> {
  const [row] = await db.select().from(phases).where(eq(phases.code, code)).limit(1);
  return row;
}

export async function findProgrammeById(db: DbOrTx, id: number): Promise<ProgrammeRecord | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id)).limit(1);
  return row;
}

/** The phase whose window holds `at`, or else the latest one that has started. */
export async function findCurrentPhase(db: DbOrTx, at: Date): Promise<PhaseRecord | undefined> {
  const [open] = await db
    .select()
    .from(phases)
    .where(and(lte(phases.startsAt, at), gt(phases.endsAt, at)))
    .orderBy(asc(phases.endsAt))
    .limit(1);
  if (open) return open;
  const [latest] = await db
    .select()
    .from(phases)
    .where(lte(phases.startsAt, at))
    .orderBy(desc(phases.startsAt))
    .limit(1);
  if (latest) return latest;
  const [first] = await db.select().from(phases).orderBy(asc(phases.startsAt)).limit(1);
  return first;
}

export async function listPhases(db: DbOrTx, programmeId: number): Promise<PhaseRecord[]> {
  return db
    .select()
    .from(phases)
    .where(eq(phases.programmeId, programmeId))
    .orderBy(asc(phases.position), asc(phases.startsAt));
}

export async function quotasOf(db: DbOrTx, unitIds: readonly number[], phaseId: number): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: quotas.unitId, quota: quotas.quota })
    .from(quotas)
    .where(and(eq(quotas.phaseId, phaseId), inArray(quotas.unitId, [...unitIds])));
  return new Map(rows.map((r) => [r.unitId, r.quota]));
}

export async function findPhaseById(db: DbOrTx, id: number): Promise<PhaseRecord | undefined> {
  const [row] = await db.select().from(phases).where(eq(phases.id, id)).limit(1);
  return row;
}

export type CampaignRecord = typeof campaigns.$inferSelect;

export async function listCampaignsOf(db: DbOrTx, phaseIds: readonly number[]): Promise<CampaignRecord[]> {
  if (phaseIds.length === 0) return [];
  return db
    .select()
    .from(campaigns)
    .where(inArray(campaigns.phaseId, [...phaseIds]))
    .orderBy(asc(campaigns.startsAt));
}
