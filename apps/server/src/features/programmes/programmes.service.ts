/** Programmes and phases: resolving the phase a request means. */
import { toVietnamIso } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import { findCurrentPhase, findPhaseByCode, type PhaseRecord } from './programmes.repository.ts';

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
