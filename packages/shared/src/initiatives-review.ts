/** Shapes of the review side: the queue, bulk decisions and reason templates. */
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS, INITIATIVE_STATUSES } from './enums.ts';
import {
  INITIATIVE_LIMITS,
  labelled,
  SimilarInitiativeSchema,
  TRANSITION_TARGETS,
  InitiativeUnitSchema,
} from './initiatives.ts';

const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng YYYY-MM-DD.' });

export const REVIEW_SORTS = ['submitted_at', 'waiting', 'unit', 'title'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** GET /reviews/queue: initiatives in the caller's reviewer units, filtered and paged. */
export const ReviewQueueQuerySchema = z.object({
  /** One status or several, comma-separated; default `submitted,in_review`. */
  status: z.string().trim().max(200).optional(),
  /** Only this unit's subtree (within the caller's reviewer scope). */
  unit: z.string().trim().min(1).max(64).optional(),
  /** Field (lĩnh vực) code. */
  field: z.string().trim().min(1).max(64).optional(),
  phase: z.string().trim().min(1).max(64).optional(),
  /** Submitted inside this campaign's window. */
  campaign: z.string().trim().min(1).max(64).optional(),
  /** Submitted on or after this Vietnam day. */
  from: day.optional(),
  /** Submitted on or before this Vietnam day (inclusive). */
  to: day.optional(),
  q: z.string().trim().max(200).optional(),
  has_attachments: flag.optional(),
  /** Waiting (in its current status) longer than this many days. */
  waiting_more_than_days: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(REVIEW_SORTS).default('submitted_at'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;

export const ReviewQueueItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  unit: InitiativeUnitSchema,
  phase_code: z.string(),
  field_name: z.string().nullable(),
  main_author: z.string().nullable(),
  submitted_at: z.string().nullable(),
  status_changed_at: z.string(),
  /** Whole days in the current status. */
  waiting_days: z.number().int(),
  attachments_count: z.number().int(),
  similar_to: z.array(SimilarInitiativeSchema),
  /** What the caller may move it to. */
  transitions: z.array(z.enum(TRANSITION_TARGETS)),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewQueuePageSchema = z.object({
  items: z.array(ReviewQueueItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const DECISION_TARGETS = ['in_review', 'valid', 'invalid', 'needs_revision'] as const;

/**
 * POST /reviews/decisions: one decision for many initiatives, in one transaction. Items the
 * caller may not decide are left as they were and reported; the others are all applied.
 */
export const BulkDecisionRequestSchema = z.object({
  codes: labelled('codes', z.array(z.string().trim().min(1).max(64)).min(1).max(1000)),
  to: labelled('to', z.enum(DECISION_TARGETS)),
  reason: labelled('reason', z.string().trim().max(INITIATIVE_LIMITS.reason)).nullable().optional(),
});
export type BulkDecisionRequest = z.infer<typeof BulkDecisionRequestSchema>;

export const BulkDecisionResultSchema = z.object({
  applied: z.number().int(),
  skipped: z.number().int(),
  results: z.array(
    z.object({
      code: z.string(),
      ok: z.boolean(),
      status: z.enum(INITIATIVE_STATUSES).nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
  ),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResultSchema>;

export const REASON_TEMPLATE_TARGETS = ['valid', 'invalid', 'needs_revision'] as const;

export const ReasonTemplateSchema = z.object({
  id: z.number().int(),
  to: z.enum(REASON_TEMPLATE_TARGETS),
  text: z.string(),
  position: z.number().int(),
  /** The unit that keeps it: the asked unit or an ancestor (inherited). */
  unit: InitiativeUnitSchema,
  inherited: z.boolean(),
});
export type ReasonTemplate = z.infer<typeof ReasonTemplateSchema>;

export const ReasonTemplateListSchema = z.object({ items: z.array(ReasonTemplateSchema) });

export const CreateReasonTemplateSchema = z.object({
  to: labelled('to', z.enum(REASON_TEMPLATE_TARGETS)),
  text: labelled('reason', z.string().trim().min(1).max(500)),
  position: labelled('position', z.int().min(0).max(10_000)).optional(),
});
