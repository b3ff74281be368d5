/**
 * The status machine of product.md §2 as pure functions: which (from, to) moves exist, who may
 * make each, when a reason is required, and when a submission is complete and inside its window.
 */
import { formatDateTime, inWindow, type InitiativeStatus } from '@sangkien/shared';

/**
 * How the caller stands to one initiative. `submitter`: an author, whoever typed it in, or a
 * supporter over its unit. `reviewer`: a reviewer role on its unit or an ancestor.
 */
export type ActorKind = 'submitter' | 'reviewer';

interface Move {
  from: readonly InitiativeStatus[];
  by: ActorKind;
}

/** Every allowed move; anything not listed is refused. */
export const MOVES: Readonly<Partial<Record<InitiativeStatus, Move>>> = {
  // Sent by its author (or on their behalf); a returned initiative is resubmitted the same way.
  submitted: { from: ['draft', 'needs_revision'], by: 'submitter' },
  // A reviewer takes it up; decisions may be taken straight from the queue as well.
  in_review: { from: ['submitted'], by: 'reviewer' },
  valid: { from: ['submitted', 'in_review'], by: 'reviewer' },
  invalid: { from: ['submitted', 'in_review'], by: 'reviewer' },
  needs_revision: { from: ['submitted', 'in_review'], by: 'reviewer' },
  withdrawn: { from: ['submitted', 'needs_revision'], by: 'submitter' },
};

export const REASON_REQUIRED: readonly InitiativeStatus[] = ['invalid', 'needs_revision'];

export type TransitionCheck =
  { ok: true } | { ok: false; error: 'forbidden' | 'not_from_here' | 'reason_required' | 'no_such_move' };

/** Whether a caller of these kinds may move an initiative from `from` to `to` with `reason`. */
export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  kinds: ReadonlySet<ActorKind>,
  reason: string | null | undefined,
): TransitionCheck {
  const move = MOVES[to];
  if (!move) return { ok: false, error: 'no_such_move' };
  if (!kinds.has(move.by)) return { ok: false, error: 'forbidden' };
  if (!move.from.includes(from)) return { ok: false, error: 'not_from_here' };
  if (REASON_REQUIRED.includes(to) && !reason?.trim()) return { ok: false, error: 'reason_required' };
  return { ok: true };
}

/** The moves the caller could make now (reasons aside), for the page's buttons. */
export function availableTransitions(from: InitiativeStatus, kinds: ReadonlySet<ActorKind>): InitiativeStatus[] {
  return (Object.keys(MOVES) as InitiativeStatus[]).filter((to) => {
    const move = MOVES[to]!;
    return kinds.has(move.by) && move.from.includes(from);
  });
}

/** Authors edit the content while it is a draft or returned for correction. */
export const EDITABLE: readonly InitiativeStatus[] = ['draft', 'needs_revision'];

export function canEditContent(status: InitiativeStatus, kinds: ReadonlySet<ActorKind>): boolean {
  return kinds.has('submitter') && EDITABLE.includes(status);
}

export type WindowCheck = { ok: true } | { ok: false; message: string };

/**
 * A first submission must fall inside the phase's window [starts_at, ends_at) (Vietnam time);
 * a resubmission after a return belongs to the review, which goes on after the close.
 */
export function checkSubmissionWindow(
  from: InitiativeStatus,
  phase: { name: string; startsAt: Date; endsAt: Date },
  now: Date,
): WindowCheck {
  if (from !== 'draft' || inWindow(now, phase.startsAt, phase.endsAt)) return { ok: true };
  if (now.getTime() < phase.startsAt.getTime()) {
    return {
      ok: false,
      message:
        `${phase.name} chưa mở: nhận sáng kiến từ ${formatDateTime(phase.startsAt)} ` +
        `đến trước ${formatDateTime(phase.endsAt)} (giờ Việt Nam). Bản nháp vẫn được lưu.`,
    };
  }
  return {
    ok: false,
    message:
      `${phase.name} đã hết hạn nộp lúc ${formatDateTime(phase.endsAt)} (giờ Việt Nam); ` +
      'sáng kiến không được nộp sau thời điểm này. Bản nháp vẫn được lưu.',
  };
}

export interface SubmissionContent {
  title: string;
  problem: string | null;
  solution: string | null;
  benefit: string | null;
  confidentiality: string;
}

const blank = (value: string | null) => !value || value.trim() === '';

/**
 * The fields a submission still lacks, with a Vietnamese message each. The short form needs
 * four plain things; an initiative under business secret may give only a title and its benefit.
 */
export function missingForSubmission(content: SubmissionContent): Record<string, string> {
  const missing: Record<string, string> = {};
  if (blank(content.title)) missing.title = 'Tên sáng kiến: Chưa nhập (bắt buộc khi nộp).';
  if (content.confidentiality !== 'confidential') {
    if (blank(content.problem)) missing.problem = 'Hiện trạng: Chưa nhập (bắt buộc khi nộp).';
    if (blank(content.solution)) missing.solution = 'Nội dung giải pháp: Chưa nhập (bắt buộc khi nộp).';
  }
  if (blank(content.benefit)) missing.benefit = 'Hiệu quả: Chưa nhập (bắt buộc khi nộp).';
  return missing;
}

/** Contribution percentages, when any is given, must all be given and add up to 100. */
export function contributionProblem(percents: ReadonlyArray<number | null | undefined>): string | null {
  const given = percents.filter((p): p is number => p !== null && p !== undefined);
  if (given.length === 0) return null;
  if (given.length !== percents.length) return 'Tỷ lệ đóng góp: Nhập tỷ lệ cho mọi tác giả, hoặc để trống tất cả.';
  const sum = given.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 0.01) {
    return `Tỷ lệ đóng góp: Tổng phải bằng 100% (đang là ${String(Math.round(sum * 100) / 100).replace('.', ',')}%).`;
  }
  return null;
}
