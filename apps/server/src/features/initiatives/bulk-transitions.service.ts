/**
 * One decision over many initiatives in one transaction (ADR: per-item results). Items the
 * caller may not see are "not found"; items it may not move keep their status with the reason.
 */
import type { BulkDecisionResult, InitiativeStatus, TransitionRequest } from '@sangkien/shared';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { findInitiativesByCodes } from './initiatives-batch.repository.ts';
import { canSeeInitiative } from './initiatives.policy.ts';
import { placeOf } from './initiatives.service.ts';
import { decideTransition, writeTransitions, type PlannedTransition } from './transitions.service.ts';

export async function decideBulk(
  database: Database,
  actor: Actor,
  codes: readonly string[],
  request: TransitionRequest,
  now: Date,
): Promise<BulkDecisionResult> {
  return database.db.transaction(async (tx) => {
    const records = new Map((await findInitiativesByCodes(tx, codes)).map((r) => [r.row.code, r]));
    const planned: PlannedTransition[] = [];
    const results: BulkDecisionResult['results'] = codes.map((code) => {
      const record = records.get(code);
      if (!record || !canSeeInitiative(actor, placeOf(record))) {
        return {
          code,
          ok: false,
          status: null,
          error: { code: 'not_found', message: `Không tìm thấy sáng kiến "${code}".` },
        };
      }
      try {
        planned.push(decideTransition(actor, record, request, now));
        return { code, ok: true, status: request.to as InitiativeStatus, error: null };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const status = record.row.status as InitiativeStatus;
        return { code, ok: false, status, error: { code: error.code, message: error.message } };
      }
    });
    await writeTransitions(tx, actor, planned, now, 'bulk');
    return { applied: planned.length, skipped: codes.length - planned.length, results };
  });
}
