/** Shapes around initiatives: notifications, the support team's member search and paper forms. */
import { z } from 'zod';
import { INITIATIVE_STATUSES } from './enums.ts';

export const NOTIFICATION_KINDS = ['status_changed'] as const;

export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** Ready to show, in Vietnamese: "Sáng kiến SK… được xét Hợp lệ." */
  message: z.string(),
  initiative: z.object({ code: z.string(), title: z.string() }).nullable(),
  from: z.enum(INITIATIVE_STATUSES).nullable(),
  to: z.enum(INITIATIVE_STATUSES).nullable(),
  reason: z.string().nullable(),
  created_at: z.string(),
  read_at: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = z.object({
  unread: z
    .enum(['1', '0', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Older than this id (paging back). */
  before: z.coerce.number().int().min(1).optional(),
});

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread_count: z.number().int(),
});

/** POST /notifications/read: these ids, or `all: true`. */
export const MarkNotificationsReadSchema = z
  .object({
    ids: z.array(z.number().int().min(1)).max(500).optional(),
    all: z.boolean().optional(),
  })
  .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, {
    message: 'Chọn thông báo cần đánh dấu đã đọc (ids) hoặc gửi all: true.',
    path: ['ids'],
  });

export const MarkNotificationsReadResultSchema = z.object({ unread_count: z.number().int() });

/** GET /members/search?q=: a supporter finds the members it submits for. */
export const MemberSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const MemberSearchResultSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      full_name: z.string(),
      /** Last digits only (`…5678`): enough to tell people apart. */
      phone_hint: z.string().nullable(),
      job_title: z.string().nullable(),
      unit: z.object({ code: z.string(), name: z.string() }),
    }),
  ),
});

/** One row of a paper-form sheet as it would be created. */
export const PaperFormRowSchema = z.object({
  row: z.number().int(),
  title: z.string(),
  author_codes: z.array(z.string()),
  unit_code: z.string().nullable(),
  submit: z.boolean(),
});

/**
 * POST /paper-forms/preview (multipart `file`, XLSX or CSV): the rows and every problem as
 * `file:row: column: reason`. Nothing is written.
 */
export const PaperFormPreviewSchema = z.object({
  rows: z.array(PaperFormRowSchema),
  errors: z.array(z.string()),
  ok: z.boolean(),
});

/** POST /paper-forms/commit (same file; Idempotency-Key honoured): all rows or none. */
export const PaperFormCommitSchema = z.object({
  created: z.number().int(),
  codes: z.array(z.string()),
});
