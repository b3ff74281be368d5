/** Programmes and phases: resolving the phase a request means. */
import { toVietnamIso } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import {
  findCurrentPhase,
  findPhaseByCode,
  findPhaseById,
  listCampaignsOf,
  listPhases,
  quotasOf,
  type PhaseRecord,
} from './programmes.repository.ts';

/** The named phase, or the one open now (else the latest started). */
export async function resolvePhase(db: DbOrTx, code: string | undefined, now: Date): Promise<PhaseRecord> {
  const phase = code ? await findPhaseByCode(db, code) : await findCurrentPhase(db, now);
  if (!phase) throw notFound(code ? `giai đoạn "${code}"` : 'giai đoạn nào (chưa có chương trình)');
  return phase;
}

export function presentPhaseRef(phase: PhaseRecord) {
  return {
    code: phase.code,
    name: phase.name,
    starts_at: toVietnamIso(phase.startsAt),
    ends_at: toVietnamIso(phase.endsAt),
  };
}

/** Quotas of the given units in a phase (units without one are absent). */
export function quotasFor(db: DbOrTx, unitIds: readonly number[], phaseId: number): Promise<Map<number, number>> {
  return quotasOf(db, unitIds, phaseId);
}

export async function requirePhaseById(db: DbOrTx, id: number): Promise<PhaseRecord> {
  const phase = await findPhaseById(db, id);
  if (!phase) throw notFound('giai đoạn');
  return phase;
}

export function presentWindowRef(w: { code: string; name: string; startsAt: Date; endsAt: Date }) {
  return { code: w.code, name: w.name, starts_at: toVietnamIso(w.startsAt), ends_at: toVietnamIso(w.endsAt) };
}

/** The phases of a phase's programme, each with its campaigns (for pickers). */
export async function siblingPhasesWithCampaigns(db: DbOrTx, phase: PhaseRecord) {
  const all = await listPhases(db, phase.programmeId);
  const campaigns = await listCampaignsOf(
    db,
    all.map((p) => p.id),
  );
  return all.map((p) => ({
    ...presentPhaseRef(p),
    campaigns: campaigns.filter((c) => c.phaseId === p.id).map(presentWindowRef),
  }));
}

/** The phase before this one in its programme (for "last phase's result"). */
export async function previousPhaseOf(db: DbOrTx, phase: PhaseRecord): Promise<PhaseRecord | undefined> {
  const all = await listPhases(db, phase.programmeId);
  const index = all.findIndex((p) => p.id === phase.id);
  return index > 0 ? all[index - 1] : undefined;
}
