/**
 * Putting initiatives before a council, scoring them independently, and closing the review with
 * the 2/3 decision. Members see only their own sheet until the review is closed; then everyone's.
 */
import { toVietnamIso, type CouncilReview } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { forbidden } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import {
  closeReview,
  findInitiativeByCode,
  findInitiativeById,
  findReview,
  insertReview,
  listAuthors,
  listReviews,
  listScores,
  markRecognised,
  upsertScore,
  type AuthorRow,
  type CouncilInitiativeRow,
  type CouncilRow,
  type ReviewRecord,
  type ScoreRecord,
  type SeatRow,
} from './councils.repository.ts';
import {
  isOverdue,
  passesTwoThirds,
  recognitionDeadline,
  recusedAccountIds,
  scoreSheet,
  votesNeeded,
  type CouncilPosition,
} from './councils.rules.ts';
import { requireCouncil } from './councils.service.ts';

const iso = (value: Date | string | null) => (value === null ? null : toVietnamIso(dbInstant(value)!));

export interface ReviewParts {
  council: CouncilRow;
  seats: SeatRow[];
  review: ReviewRecord;
  initiative: CouncilInitiativeRow;
  authors: AuthorRow[];
  scores: ScoreRecord[];
}

export function reviewFigures(parts: ReviewParts) {
  const recused = new Set(
    recusedAccountIds(
      parts.seats.map((s) => ({ accountId: s.account_id, memberId: s.member_id })),
      parts.authors.map((a) => a.member_id),
    ),
  );
  const eligibleIds =
    parts.review.eligibleAccountIds ?? parts.seats.map((s) => s.account_id).filter((id) => !recused.has(id));
  const counted = parts.scores.filter((s) => eligibleIds.includes(s.accountId));
  const votes = counted.filter((s) => s.recognise).length;
  const average = counted.length === 0 ? null : counted.reduce((sum, s) => sum + s.total, 0) / counted.length;
  return { recused, eligibleIds, counted, votes, average };
}

export function presentReview(parts: ReviewParts, actor: Actor, now: Date): CouncilReview {
  const { review, initiative, seats } = parts;
  const figures = reviewFigures(parts);
  const closed = review.closedAt !== null;
  const seatOf = (accountId: number) => seats.find((s) => s.account_id === accountId);
  const sheet = (s: ScoreRecord) => ({
    account_id: s.accountId,
    display_name: seatOf(s.accountId)?.display_name ?? '',
    position: (seatOf(s.accountId)?.position ?? 'expert') as CouncilPosition,
    points: s.points,
    total: s.total,
    recognise: s.recognise,
    comment: s.comment,
    submitted_at: iso(s.submittedAt)!,
  });
  const mine = parts.scores.find((s) => s.accountId === actor.accountId);
  const accepted = dbInstant(initiative.accepted_at);
  return {
    id: review.id,
    initiative: {
      code: initiative.code,
      title: initiative.title,
      unit_name: initiative.unit_name,
      authors: parts.authors.map((a) => a.full_name),
      confidentiality: initiative.confidentiality,
    },
    accepted_at: accepted ? toVietnamIso(accepted) : null,
    deadline: accepted ? toVietnamIso(recognitionDeadline(accepted)) : null,
    overdue: accepted ? isOverdue(accepted, review.closedAt, now) : false,
    opened_at: iso(review.openedAt)!,
    closed_at: iso(review.closedAt),
    recused: [...figures.recused].map((id) => ({ account_id: id, display_name: seatOf(id)?.display_name ?? '' })),
    eligible: figures.eligibleIds.length,
    votes_needed: votesNeeded(figures.eligibleIds.length),
    submitted: figures.counted.length,
    my_sheet: mine ? sheet(mine) : null,
    sheets: closed ? parts.scores.map(sheet) : null,
    recognise_votes: closed ? figures.votes : null,
    average_total: closed && figures.average !== null ? Math.round(figures.average * 10) / 10 : null,
    recognised: review.recognised,
    decision_number: review.decisionNumber,
  };
}

async function loadParts(db: DbOrTx, council: CouncilRow, seats: SeatRow[], reviews: ReviewRecord[]) {
  const ids = reviews.map((r) => r.initiativeId);
  const authors = await listAuthors(db, ids);
  const scores = await listScores(
    db,
    reviews.map((r) => r.id),
  );
  const parts: ReviewParts[] = [];
  for (const review of reviews) {
    parts.push({
      council,
      seats,
      review,
      initiative: (await findInitiativeById(db, review.initiativeId))!,
      authors: authors.filter((a) => a.initiative_id === review.initiativeId),
      scores: scores.filter((s) => s.reviewId === review.id),
    });
  }
  return parts;
}

export async function listCouncilReviews(db: DbOrTx, actor: Actor | null, councilId: number, now: Date) {
  const { actor: who, council, seats } = await requireCouncil(db, actor, councilId);
  const parts = await loadParts(db, council, seats, await listReviews(db, council.id));
  return { items: parts.map((p) => presentReview(p, who, now)) };
}

export async function requireReviewParts(db: DbOrTx, actor: Actor | null, councilId: number, reviewId: number) {
  const { actor: who, council, seats } = await requireCouncil(db, actor, councilId);
  const review = await findReview(db, council.id, reviewId);
  if (!review) throw notFound(`hồ sơ xét số ${reviewId} của hội đồng`);
  const [parts] = await loadParts(db, council, seats, [review]);
  return { actor: who, parts: parts! };
}

const LEADS = ['chair', 'vice_chair', 'secretary'];
/** The unit's admins and the council's chair, vice-chair and secretary run its sessions. */
function canRun(actor: Actor, council: CouncilRow, seats: readonly SeatRow[]): boolean {
  if (canAdminister(actor, { id: council.unit_id, path: council.unit_path })) return true;
  return seats.some((s) => s.account_id === actor.accountId && LEADS.includes(s.position));
}

export async function openReview(
  database: Database,
  actor: Actor | null,
  councilId: number,
  initiativeCode: string,
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: who, council, seats } = await requireCouncil(tx, actor, councilId);
    if (!canRun(who, council, seats)) throw forbidden('đưa sáng kiến ra hội đồng');
    const initiative = await findInitiativeByCode(tx, initiativeCode);
    if (!initiative || !initiative.unit_path.includes(council.unit_id)) {
      throw new AppError('not_found', 'Không tìm thấy sáng kiến.', {
        initiative_code: `Không có sáng kiến "${initiativeCode}" trong đơn vị của hội đồng.`,
      });
    }
    if (initiative.status !== 'valid') {
      throw new AppError('rule_broken', 'Chỉ xét công nhận sáng kiến hợp lệ.', {
        initiative_code: `Sáng kiến "${initiative.code}" chưa được xác nhận hợp lệ.`,
      });
    }
    const review = await insertReview(tx, {
      councilId: council.id,
      initiativeId: initiative.id,
      openedByAccountId: who.accountId,
      openedAt: now,
    });
    if (!review) {
      throw new AppError('conflict', 'Sáng kiến này đã được đưa ra hội đồng.', {
        initiative_code: `Sáng kiến "${initiative.code}" đã có trong danh sách xét của hội đồng.`,
      });
    }
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'open',
      entity: 'council_review',
      entityKey: String(review.id),
      unitId: council.unit_id,
      after: { council_id: council.id, initiative_code: initiative.code },
    });
    const [parts] = await loadParts(tx, council, seats, [review]);
    return presentReview(parts!, who, now);
  });
}

export async function submitScore(
  database: Database,
  actor: Actor | null,
  ids: { councilId: number; reviewId: number },
  input: { points: Record<string, number>; recognise: boolean; comment?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: who, parts } = await requireReviewParts(tx, actor, ids.councilId, ids.reviewId);
    if (!parts.seats.some((s) => s.account_id === who.accountId))
      throw forbidden('chấm điểm: bạn không ở trong hội đồng này');
    if (reviewFigures(parts).recused.has(who.accountId)) {
      throw new AppError('rule_broken', 'Bạn là tác giả của sáng kiến này nên không chấm điểm.');
    }
    if (parts.review.closedAt !== null) throw new AppError('rule_broken', 'Hội đồng đã kết thúc xét sáng kiến này.');
    const { total, errors } = scoreSheet(parts.council.criteria, input.points);
    if (Object.keys(errors).length > 0) throw badRequest('Phiếu chấm chưa đúng.', errors);
    await upsertScore(tx, {
      reviewId: parts.review.id,
      accountId: who.accountId,
      points: input.points,
      total,
      recognise: input.recognise,
      comment: input.comment ?? null,
      submittedAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'score',
      entity: 'council_review',
      entityKey: String(parts.review.id),
      unitId: parts.council.unit_id,
      after: { points: input.points, total, recognise: input.recognise },
    });
    const { parts: fresh } = await requireReviewParts(tx, who, ids.councilId, ids.reviewId);
    return presentReview(fresh, who, now);
  });
}

export async function closeCouncilReview(
  database: Database,
  actor: Actor | null,
  ids: { councilId: number; reviewId: number },
  input: { decision_number?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: who, parts } = await requireReviewParts(tx, actor, ids.councilId, ids.reviewId);
    if (!canRun(who, parts.council, parts.seats)) throw forbidden('kết thúc phiên xét của hội đồng');
    if (parts.review.closedAt !== null) throw new AppError('conflict', 'Phiên xét này đã kết thúc.');
    const figures = reviewFigures(parts);
    const recognised = passesTwoThirds(figures.votes, figures.eligibleIds.length);
    const decisionNumber = input.decision_number ?? null;
    await closeReview(tx, parts.review.id, {
      closedAt: now,
      closedByAccountId: who.accountId,
      eligibleAccountIds: figures.eligibleIds,
      recognised,
      decisionNumber,
    });
    if (recognised) {
      const decision = `${parts.council.name}${decisionNumber ? `, quyết định số ${decisionNumber}` : ''}`;
      await markRecognised(tx, parts.initiative.id, now, decision);
    }
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'close',
      entity: 'council_review',
      entityKey: String(parts.review.id),
      unitId: parts.council.unit_id,
      after: {
        recognised,
        votes: figures.votes,
        eligible: figures.eligibleIds.length,
        decision_number: decisionNumber,
      },
    });
    const { parts: fresh } = await requireReviewParts(tx, who, ids.councilId, ids.reviewId);
    return presentReview(fresh, who, now);
  });
}
