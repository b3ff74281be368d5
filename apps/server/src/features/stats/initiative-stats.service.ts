/**
 * Keeping the aggregates in step with changes to initiatives made in the app (create, edit,
 * transition, bulk decision): the difference of each initiative's contribution before and after,
 * applied in the caller's transaction, then the "stats changed" signal.
 */
import { vietnamDay, type InitiativeStatus } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { applyStatsDelta } from './stats.repository.ts';
import { signalStatsChanged } from './stats-events.ts';
import { contributionDelta, type Contribution, type StatsDelta } from './stats.rules.ts';

export interface InitiativeState {
  unitId: number;
  phaseId: number;
  status: string;
  submittedAt: Date | null;
  memberIds: readonly number[];
  benefitVndYear: number | null;
}

export function contributionOf(state: InitiativeState | null): Contribution | null {
  if (!state) return null;
  return {
    unitId: state.unitId,
    phaseId: state.phaseId,
    day: state.submittedAt ? vietnamDay(state.submittedAt) : null,
    status: state.status as InitiativeStatus,
    memberIds: state.memberIds,
    benefitVndYear: state.benefitVndYear,
  };
}

function mergeDeltas(deltas: readonly StatsDelta[]): StatsDelta {
  const merged: StatsDelta = { stats: [], daily: [], authors: [] };
  for (const d of deltas) {
    merged.stats.push(...d.stats);
    merged.daily.push(...d.daily);
    merged.authors.push(...d.authors);
  }
  // One row per key: an upsert may not touch the same row twice in one statement.
  const sum = <T extends object>(rows: T[], key: (r: T) => string, fields: Array<keyof T>): T[] => {
    const byKey = new Map<string, T>();
    for (const r of rows) {
      const k = key(r);
      const have = byKey.get(k);
      if (!have) byKey.set(k, { ...r });
      else for (const f of fields) (have[f] as number) += r[f] as number;
    }
    return [...byKey.values()];
  };
  return {
    stats: sum(merged.stats, (r) => `${r.unitId}:${r.phaseId}`, [
      'submissions',
      'valid',
      'pending',
      'invalid',
      'benefitVndYear',
    ]),
    daily: sum(merged.daily, (r) => `${r.unitId}:${r.phaseId}:${r.day}`, [
      'submissions',
      'valid',
      'pending',
      'invalid',
    ]),
    authors: sum(merged.authors, (r) => `${r.unitId}:${r.phaseId}:${r.memberId}`, ['submissions']),
  };
}

/** Applies the changes of one transaction to the aggregates and signals listeners on commit. */
export async function recordInitiativeChanges(
  tx: DbOrTx,
  changes: ReadonlyArray<{ before: InitiativeState | null; after: InitiativeState | null }>,
): Promise<void> {
  const delta = mergeDeltas(changes.map((c) => contributionDelta(contributionOf(c.before), contributionOf(c.after))));
  if (delta.stats.length === 0 && delta.daily.length === 0 && delta.authors.length === 0) return;
  await applyStatsDelta(tx, delta);
  await signalStatsChanged(tx, {
    phaseIds: delta.stats.map((s) => s.phaseId).concat(delta.authors.map((a) => a.phaseId)),
    unitIds: delta.stats.map((s) => s.unitId).concat(delta.authors.map((a) => a.unitId)),
  });
}
