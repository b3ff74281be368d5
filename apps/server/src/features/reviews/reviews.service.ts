/** The review queue of a reviewer's units, and bulk decisions over it. */
import {
  parseVietnamLocal,
  searchTerms,
  STATUS_LABELS,
  type BulkDecisionRequest,
  type BulkDecisionResult,
  type InitiativeStatus,
  type ReviewQueueQuery,
  type TransitionTarget,
} from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { hasRole, scopeRootIds, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireVisibleUnit } from '../access/access.service.ts';
import { parseStatuses } from '../initiatives/initiatives-list.service.ts';
import { iso, isoOrNull } from '../initiatives/initiatives.presenter.ts';
import { availableTransitions, REASON_REQUIRED } from '../initiatives/initiatives.rules.ts';
import { visibleSimilar } from '../initiatives/similarity.service.ts';
import { decideBulk } from '../initiatives/bulk-transitions.service.ts';
import { resolvePhase } from '../programmes/programmes.service.ts';
import { findCampaignWindow, findFieldId, queuePage } from './review-queue.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayStart(text: string, field: string): Date {
  const parsed = parseVietnamLocal(text);
  if (!parsed) throw badRequest('Ngày lọc chưa đúng.', { [field]: 'Ngày phải có dạng YYYY-MM-DD.' });
  return parsed.date;
}

export async function reviewQueue(db: DbOrTx, actor: Actor | null, query: ReviewQueueQuery, now: Date) {
  const who = requireActor(actor);
  const scopeRoots = scopeRootIds(who, ['reviewer']);
  if (scopeRoots.length === 0) throw forbidden('xét duyệt sáng kiến (cần vai trò xét duyệt)');
  const unit = query.unit ? await requireVisibleUnit(db, who, query.unit) : undefined;
  if (unit && !hasRole(who, 'reviewer', unit.path)) throw forbidden(`xét duyệt sáng kiến của đơn vị "${unit.code}"`);
  const fieldId = query.field ? await findFieldId(db, query.field) : undefined;
  if (query.field && fieldId === undefined) throw notFound(`lĩnh vực "${query.field}"`);
  const phase = query.phase ? await resolvePhase(db, query.phase, now) : undefined;
  const campaign = query.campaign ? await findCampaignWindow(db, query.campaign) : undefined;
  if (query.campaign && !campaign) throw notFound(`đợt thi đua "${query.campaign}"`);
  const from = [query.from ? dayStart(query.from, 'from') : null, campaign ? dbInstant(campaign.starts_at) : null]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const before = [
    query.to ? new Date(dayStart(query.to, 'to').getTime() + DAY_MS) : null,
    campaign ? dbInstant(campaign.ends_at) : null,
  ]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const { rows, total } = await queuePage(db, {
    scopeRoots,
    statuses: parseStatuses(query.status) ?? ['submitted', 'in_review'],
    unitId: unit?.id,
    fieldId,
    phaseId: phase?.id,
    submittedFrom: from,
    submittedBefore: before,
    terms: query.q ? searchTerms(query.q) : undefined,
    hasAttachments: query.has_attachments,
    changedBefore:
      query.waiting_more_than_days === undefined
        ? undefined
        : new Date(now.getTime() - query.waiting_more_than_days * DAY_MS),
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    offset: query.offset,
  });
  const similar = await visibleSimilar(
    db,
    who,
    rows.map((r) => r.id),
  );
  const reviewerKinds = new Set(['reviewer'] as const);
  return {
    items: rows.map((r) => ({
      code: r.code,
      title: r.title,
      status: r.status as InitiativeStatus,
      confidentiality: r.confidentiality as 'public' | 'internal' | 'confidential',
      unit: { code: r.unit_code, name: r.unit_name },
      phase_code: r.phase_code,
      field_name: r.field_name,
      main_author: r.main_author,
      submitted_at: isoOrNull(r.submitted_at),
      status_changed_at: iso(r.status_changed_at),
      waiting_days: Math.max(0, Math.floor((now.getTime() - dbInstant(r.status_changed_at)!.getTime()) / DAY_MS)),
      attachments_count: r.attachments_count,
      similar_to: similar.get(r.id) ?? [],
      transitions: availableTransitions(r.status as InitiativeStatus, reviewerKinds) as TransitionTarget[],
    })),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

/**
 * POST /reviews/decisions: every item the caller may decide is moved, in one transaction; items
 * it may not (not visible, not in a decidable status) are left as they were and reported.
 */
export async function decideMany(
  database: Database,
  actor: Actor | null,
  body: BulkDecisionRequest,
  now: Date,
): Promise<BulkDecisionResult> {
  const who = requireActor(actor);
  if (scopeRootIds(who, ['reviewer']).length === 0) throw forbidden('xét duyệt sáng kiến (cần vai trò xét duyệt)');
  const reason = body.reason?.trim() || null;
  if (REASON_REQUIRED.includes(body.to) && !reason) {
    throw badRequest(`Hãy ghi lý do khi chuyển sang "${STATUS_LABELS[body.to]}".`, {
      reason: 'Lý do: Chưa nhập (bắt buộc).',
    });
  }
  const codes = [...new Set(body.codes)];
  if (codes.length !== body.codes.length) {
    throw new AppError('validation_failed', 'Danh sách có mã sáng kiến lặp lại.', {
      codes: 'Danh sách sáng kiến: Mỗi mã chỉ ghi một lần.',
    });
  }
  return decideBulk(database, who, codes, { to: body.to, reason }, now);
}
