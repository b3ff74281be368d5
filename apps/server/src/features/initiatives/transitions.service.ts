/**
 * Moving initiatives through the status machine: checks (initiatives.rules.ts), then in the one
 * transaction the row, its history event, the aggregates, the authors' notifications and the
 * audit log. A single transition and a bulk decision share `decideTransition` + `writeTransitions`.
 */
import { STATUS_LABELS, type InitiativeDetail, type InitiativeStatus, type TransitionRequest } from '@sangkien/shared';
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.ts';
import { intArray } from '../../db/sql-values.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { forbidden } from '../access/access.service.ts';
import { recordAuditMany } from '../audit/audit.repository.ts';
import { notifyStatusChanges } from '../notifications/notifications.service.ts';
import { recordInitiativeChanges, type InitiativeState } from '../stats/initiative-stats.service.ts';
import { actorKinds } from './initiatives.policy.ts';
import { accountsOfMembers, insertEvents, type InitiativeRecord } from './initiatives.repository.ts';
import { checkSubmissionWindow, checkTransition, missingForSubmission } from './initiatives.rules.ts';
import { placeOf, presentDetail, requireVisibleInitiative, stateOf } from './initiatives.service.ts';
import { refreshSimilar } from './similarity.service.ts';
import { findInitiativeById } from './initiatives.repository.ts';

export interface PlannedTransition {
  record: InitiativeRecord;
  from: InitiativeStatus;
  to: InitiativeStatus;
  reason: string | null;
  fieldComments: Record<string, string> | null;
}

/** Checks one move for the caller; throws the AppError a single request would answer with. */
export function decideTransition(
  actor: Actor,
  record: InitiativeRecord,
  request: TransitionRequest,
  now: Date,
): PlannedTransition {
  const from = record.row.status as InitiativeStatus;
  const to = request.to as InitiativeStatus;
  const reason = request.reason?.trim() || null;
  const check = checkTransition(from, to, actorKinds(actor, placeOf(record)), reason);
  if (!check.ok) {
    switch (check.error) {
      case 'forbidden':
        throw forbidden(`chuyển sáng kiến này sang trạng thái "${STATUS_LABELS[to]}"`);
      case 'reason_required':
        throw badRequest(`Hãy ghi lý do khi chuyển sang "${STATUS_LABELS[to]}".`, {
          reason: 'Lý do: Chưa nhập (bắt buộc).',
        });
      default:
        throw new AppError(
          'rule_broken',
          `Sáng kiến ${record.row.code} đang ở trạng thái "${STATUS_LABELS[from]}", không thể chuyển sang "${STATUS_LABELS[to]}".`,
          { to: `Trạng thái mới: Không chuyển được từ "${STATUS_LABELS[from]}".` },
        );
    }
  }
  if (to === 'submitted') {
    const missing = missingForSubmission(record.row);
    if (Object.keys(missing).length > 0) {
      throw badRequest('Sáng kiến còn thiếu thông tin bắt buộc để nộp, hãy xem từng mục.', missing);
    }
    const window = checkSubmissionWindow(from, record.phase, now);
    if (!window.ok) throw new AppError('window_closed', window.message);
  }
  const comments = to === 'needs_revision' && request.field_comments ? request.field_comments : null;
  return { record, from, to, reason, fieldComments: comments };
}

const afterState = (p: PlannedTransition, now: Date): InitiativeState => ({
  ...stateOf(p.record),
  status: p.to,
  submittedAt: p.record.row.submittedAt ?? (p.to === 'submitted' ? now : null),
});

/** Writes planned moves (all to the same status or not) in the caller's transaction. */
export async function writeTransitions(
  tx: DbOrTx,
  actor: Actor,
  planned: readonly PlannedTransition[],
  now: Date,
  source: string,
): Promise<void> {
  if (planned.length === 0) return;
  const byTarget = new Map<InitiativeStatus, number[]>();
  for (const p of planned) byTarget.set(p.to, [...(byTarget.get(p.to) ?? []), p.record.row.id]);
  for (const [to, ids] of byTarget) {
    await tx.execute(sql`
      update initiatives set status = ${to}, status_changed_at = ${now}, updated_at = ${now},
        submitted_at = coalesce(submitted_at, case when ${to} = 'submitted' then ${now}::timestamptz end),
        version = version + 1
      where id = any(${intArray(ids)}::int[])`);
  }
  await insertEvents(
    tx,
    planned.map((p) => ({
      initiativeId: p.record.row.id,
      fromStatus: p.from,
      toStatus: p.to,
      at: now,
      byAccountId: actor.accountId,
      reason: p.reason,
      fieldComments: p.fieldComments,
      source,
    })),
  );
  await recordInitiativeChanges(
    tx,
    planned.map((p) => ({ before: stateOf(p.record), after: afterState(p, now) })),
  );
  // Authors (and whoever typed it in) hear of decisions made by someone else.
  const memberIds = [...new Set(planned.flatMap((p) => p.record.authors.map((a) => a.memberId)))];
  const authorAccounts = await accountsByMember(tx, memberIds);
  await notifyStatusChanges(
    tx,
    planned.map((p) => ({
      accountIds: [
        ...p.record.authors.flatMap((a) => authorAccounts.get(a.memberId) ?? []),
        ...(p.record.row.enteredByAccountId ? [p.record.row.enteredByAccountId] : []),
      ].filter((id) => id !== actor.accountId),
      initiativeId: p.record.row.id,
      code: p.record.row.code,
      title: p.record.row.title,
      from: p.from,
      to: p.to,
      reason: p.reason,
    })),
    now,
  );
  await recordAuditMany(
    tx,
    planned.map((p) => ({
      at: now,
      accountId: actor.accountId,
      action: 'transition',
      entity: 'initiative',
      entityKey: p.record.row.code,
      unitId: p.record.row.unitId,
      before: { status: p.from },
      after: { status: p.to, reason: p.reason, ...(p.fieldComments ? { field_comments: p.fieldComments } : {}) },
    })),
  );
}

async function accountsByMember(tx: DbOrTx, memberIds: readonly number[]): Promise<Map<number, number[]>> {
  const rows = await accountsOfMembers(tx, memberIds);
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.memberId, [...(out.get(r.memberId) ?? []), r.accountId]);
  return out;
}

/** POST /initiatives/{code}/transitions. */
export async function transitionInitiative(
  database: Database,
  actor: Actor | null,
  code: string,
  request: TransitionRequest,
  now: Date,
): Promise<InitiativeDetail> {
  return database.db.transaction(async (tx) => {
    const { actor: who, record } = await requireVisibleInitiative(tx, actor, code, { lock: true });
    const planned = decideTransition(who, record, request, now);
    await writeTransitions(tx, who, [planned], now, 'web');
    const after = (await findInitiativeById(tx, record.row.id))!;
    if (planned.to === 'submitted') await refreshSimilar(tx, after.row);
    return presentDetail(tx, who, after);
  });
}
