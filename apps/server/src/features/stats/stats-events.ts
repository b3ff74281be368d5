/**
 * "The aggregates changed": sent inside the writing transaction with pg_notify, so listeners hear
 * it only once the change is committed — across server processes on PostgreSQL, in-process on
 * PGlite. Caches (live counter, rankings) refresh from it instead of recomputing per request.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export const STATS_CHANNEL = 'sangkien_stats';

export interface StatsChanged {
  phaseIds: number[];
  /** Grassroots units whose rows changed; absent when too many to list (refresh everything). */
  unitIds?: number[];
}

/** pg_notify payloads are limited to 8,000 bytes; beyond this many units, say "everything". */
const MAX_LISTED_UNITS = 500;

export async function signalStatsChanged(tx: DbOrTx, change: StatsChanged): Promise<void> {
  const payload: StatsChanged =
    change.unitIds && change.unitIds.length <= MAX_LISTED_UNITS
      ? { phaseIds: [...new Set(change.phaseIds)], unitIds: [...new Set(change.unitIds)] }
      : { phaseIds: [...new Set(change.phaseIds)] };
  await tx.execute(sql`select pg_notify(${STATS_CHANNEL}, ${JSON.stringify(payload)})`);
}

export function parseStatsChanged(payload: string): StatsChanged | null {
  try {
    const value = JSON.parse(payload) as StatsChanged;
    return Array.isArray(value.phaseIds) ? value : null;
  } catch {
    return null;
  }
}
