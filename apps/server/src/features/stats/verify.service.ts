/** `sangkien verify`: recounts the aggregates from the rows and reports (or repairs) any drift. */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findStatsDrift, recountAllStats, type StatsDrift } from './stats.repository.ts';

export interface VerifyResult {
  drift: StatsDrift[];
  fixed: boolean;
}

export async function verifyStats(database: Database, options: { fix?: boolean } = {}): Promise<VerifyResult> {
  const drift = await findStatsDrift(database.db);
  if (drift.length === 0 || !options.fix) return { drift, fixed: false };
  await database.db.transaction(async (tx) => {
    // Writers wait while the aggregates are rebuilt, so nothing changes between delete and insert.
    await tx.execute(sql`lock table unit_phase_stats, unit_daily_stats, unit_phase_authors in exclusive mode`);
    await recountAllStats(tx);
    await recordAudit(tx, {
      action: 'recount',
      entity: 'stats',
      entityKey: 'all',
      after: { drifted_rows: drift.length },
    });
  });
  return { drift, fixed: true };
}
