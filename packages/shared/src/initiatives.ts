/**
 * Shapes of initiatives as members and support teams send and read them (interchange.md §4):
 * create (short or full form, draft or submit), autosave, detail with history, list items.
 * Every field error message names the field in Vietnamese (INITIATIVE_FIELD_LABELS).
 */
import { z } from 'zod';
import { BENEFIT_PERIODS, CONFIDENTIALITY_LEVELS, INITIATIVE_STATUSES } from './enums.ts';

/** Vietnamese names of the fields, used in error messages and on the pages. */
export const INITIATIVE_FIELD_LABELS = {
  title: 'Tên sáng kiến',
  problem: 'Hiện trạng',
  solution: 'Nội dung giải pháp',
  benefit: 'Hiệu quả',
  benefit_vnd: 'Giá trị làm lợi (đồng)',
  benefit_period: 'Kỳ tính giá trị làm lợi',
  field_code: 'Lĩnh vực',
  confidentiality: 'Mức độ bảo mật',
  form_kind: 'Loại mẫu',
  phase_code: 'Giai đoạn',
  submit: 'Nộp ngay',
  author_codes: 'Mã tác giả',
  authors: 'Tác giả',
  member_code: 'Mã đoàn viên',
  contribution_percent: 'Tỷ lệ đóng góp (%)',
  date_of_birth: 'Ngày sinh',
  workplace: 'Nơi công tác',
  job_title: 'Chức danh',
  qualification: 'Trình độ chuyên môn',
  investor: 'Chủ đầu tư tạo ra sáng kiến',
  application_field: 'Lĩnh vực áp dụng',
  first_applied_on: 'Ngày áp dụng lần đầu hoặc áp dụng thử',
  confidential_info: 'Thông tin cần được bảo mật',
  application_conditions: 'Điều kiện cần thiết để áp dụng',
  benefit_by_appliers: 'Lợi ích theo ý kiến tổ chức, cá nhân đã áp dụng',
  first_appliers: 'Những người tham gia áp dụng lần đầu',
  full_name: 'Họ và tên',
  contribution: 'Nội dung công việc hỗ trợ',
  recognition_evidence: 'Bằng chứng công nhận',
  award_info: 'Khen thưởng đã nhận',
  showcase_consent: 'Đồng ý đưa lên trang giới thiệu',
  version: 'Phiên bản',
  to: 'Trạng thái mới',
  reason: 'Lý do',
  field_comments: 'Góp ý theo từng mục',
  codes: 'Danh sách sáng kiến',
  position: 'Thứ tự',
} as const;
export type InitiativeFieldName = keyof typeof INITIATIVE_FIELD_LABELS;

export const INITIATIVE_LIMITS = {
  title: 300,
  /** Problem, solution, benefit and the full form's long texts. */
  text: 20_000,
  shortText: 500,
  authors: 20,
  firstAppliers: 50,
  reason: 2_000,
} as const;

/**
 * The schema with every message prefixed by the field's Vietnamese name:
 * "Tên sáng kiến: Chưa nhập (bắt buộc)."
 */
export function labelled<T extends z.ZodType>(name: InitiativeFieldName, schema: T): T {
  return withLabel(schema, INITIATIVE_FIELD_LABELS[name]);
}

function withLabel<T extends z.ZodType>(schema: T, label: string): T {
  // A per-schema error map takes precedence over the global Vietnamese one; reuse its text.
  return schema.clone({
    ...schema._zod.def,
    error: (issue: z.core.$ZodRawIssue) => {
      const base = z.config().customError?.(issue);
      const text = typeof base === 'string' ? base : (base?.message ?? issue.message ?? 'Không hợp lệ.');
      return `${label}: ${text}`;
    },
  } as T['_zod']['def']) as T;
}

const text = (name: InitiativeFieldName, max: number = INITIATIVE_LIMITS.text) =>
  labelled(name, z.string().trim().max(max)).nullable().optional();

const isoDate = (name: InitiativeFieldName) =>
  labelled(
    name,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${INITIATIVE_FIELD_LABELS[name]}: Ngày phải có dạng YYYY-MM-DD.` }),
  )
    .nullable()
    .optional();

export const AuthorInputSchema = z.object({
  member_code: labelled('member_code', z.string().trim().min(1).max(64)),
  contribution_percent: labelled('contribution_percent', z.number().min(0).max(100)).nullable().optional(),
  date_of_birth: isoDate('date_of_birth'),
  workplace: text('workplace', INITIATIVE_LIMITS.shortText),
  job_title: text('job_title', INITIATIVE_LIMITS.shortText),
  qualification: text('qualification', INITIATIVE_LIMITS.shortText),
});
export type AuthorInput = z.infer<typeof AuthorInputSchema>;

export const FirstApplierSchema = z.object({
  full_name: labelled('full_name', z.string().trim().min(1).max(200)),
  date_of_birth: isoDate('date_of_birth'),
  workplace: text('workplace', INITIATIVE_LIMITS.shortText),
  job_title: text('job_title', INITIATIVE_LIMITS.shortText),
  qualification: text('qualification', INITIATIVE_LIMITS.shortText),
  contribution: text('contribution', INITIATIVE_LIMITS.shortText),
});

/** The editable content: every key optional (a draft may be half written). */
export const InitiativeContentSchema = z.object({
  title: labelled('title', z.string().trim().max(INITIATIVE_LIMITS.title)).optional(),
  problem: text('problem'),
  solution: text('solution'),
  benefit: text('benefit'),
  benefit_vnd: labelled('benefit_vnd', z.int().min(0).max(1e15)).nullable().optional(),
  benefit_period: labelled('benefit_period', z.enum(BENEFIT_PERIODS)).optional(),
  field_code: labelled('field_code', z.string().trim().max(64)).nullable().optional(),
  confidentiality: labelled('confidentiality', z.enum(CONFIDENTIALITY_LEVELS)).optional(),
  form_kind: labelled('form_kind', z.enum(['short', 'full'])).optional(),
  /**
   * Authors in order, the main author first, members of one grassroots unit; contribution
   * percentages, when given, add up to 100. Left out: the caller's own member alone.
   */
  authors: labelled('authors', z.array(AuthorInputSchema).min(1).max(INITIATIVE_LIMITS.authors)).optional(),
  investor: text('investor', INITIATIVE_LIMITS.shortText),
  application_field: text('application_field', INITIATIVE_LIMITS.shortText),
  first_applied_on: isoDate('first_applied_on'),
  confidential_info: text('confidential_info'),
  application_conditions: text('application_conditions'),
  benefit_by_appliers: text('benefit_by_appliers'),
  first_appliers: labelled('first_appliers', z.array(FirstApplierSchema).max(INITIATIVE_LIMITS.firstAppliers))
    .nullable()
    .optional(),
  recognition_evidence: text('recognition_evidence'),
  award_info: text('award_info', INITIATIVE_LIMITS.shortText),
  showcase_consent: labelled('showcase_consent', z.boolean()).optional(),
});
export type InitiativeContent = z.infer<typeof InitiativeContentSchema>;

/** POST /initiatives. `submit: false` keeps a draft on the server. */
export const CreateInitiativeSchema = InitiativeContentSchema.extend({
  submit: labelled('submit', z.boolean()).default(false),
  /** Left out: the phase open now. */
  phase_code: labelled('phase_code', z.string().trim().min(1).max(64)).optional(),
  /** A supporter's shorthand for `authors`: member codes of its subtree, the main author first. */
  author_codes: labelled(
    'author_codes',
    z.array(z.string().trim().min(1).max(64)).min(1).max(INITIATIVE_LIMITS.authors),
  ).optional(),
});
export type CreateInitiative = z.infer<typeof CreateInitiativeSchema>;

/** PATCH /initiatives/{code}: autosave while draft or needs_revision. */
export const PatchInitiativeSchema = InitiativeContentSchema.extend({
  /** The version the page last read; a stale one is refused (409) instead of overwriting. */
  version: labelled('version', z.int().min(1)).optional(),
});
export type PatchInitiative = z.infer<typeof PatchInitiativeSchema>;

export const TRANSITION_TARGETS = [
  'submitted',
  'in_review',
  'valid',
  'invalid',
  'needs_revision',
  'withdrawn',
] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];

/** POST /initiatives/{code}/transitions. A reason is required for invalid and needs_revision. */
export const TransitionRequestSchema = z.object({
  to: labelled('to', z.enum(TRANSITION_TARGETS)),
  reason: labelled('reason', z.string().trim().max(INITIATIVE_LIMITS.reason)).nullable().optional(),
  /** On a return for correction: a comment per field, keyed by the field's name (`problem`, …). */
  field_comments: labelled(
    'field_comments',
    z.record(z.string().max(64), z.string().trim().max(INITIATIVE_LIMITS.reason)),
  )
    .nullable()
    .optional(),
});
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

export const InitiativeUnitSchema = z.object({ code: z.string(), name: z.string() });

export const PhaseWindowSchema = z.object({
  code: z.string(),
  name: z.string(),
  starts_at: z.string(),
  /** Exclusive end, ISO with +07:00. */
  ends_at: z.string(),
  /** The exclusive end as people read it, `dd/MM/yyyy HH:mm` in Vietnam time. */
  ends_at_text: z.string(),
});

/** GET /phases/open: the phase taking submissions now (null when none), and the server's time. */
export const OpenPhaseSchema = z.object({
  open: z.boolean(),
  phase: PhaseWindowSchema.nullable(),
  /** The next phase to open, when none is open now. */
  next: PhaseWindowSchema.nullable(),
  now: z.string(),
});

export const InitiativeAuthorSchema = z.object({
  member_code: z.string(),
  full_name: z.string(),
  position: z.number().int(),
  contribution_percent: z.number().nullable(),
  date_of_birth: z.string().nullable(),
  workplace: z.string().nullable(),
  job_title: z.string().nullable(),
  qualification: z.string().nullable(),
});

export const InitiativeEventSchema = z.object({
  at: z.string(),
  from: z.enum(INITIATIVE_STATUSES).nullable(),
  to: z.enum(INITIATIVE_STATUSES),
  by: z.string().nullable(),
  reason: z.string().nullable(),
  field_comments: z.record(z.string(), z.string()).nullable(),
  source: z.string(),
});

export const SimilarInitiativeSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** Jaccard similarity of the folded texts' shingles, 0..1. */
  score: z.number(),
});

export const AttachmentSchema = z.object({
  id: z.number().int(),
  file_name: z.string(),
  mime_type: z.string(),
  size_bytes: z.number().int(),
  created_at: z.string(),
  /** GET this to download it (only for those who may see the initiative). */
  url: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What the caller may do with it now, so pages show only working buttons. */
export const InitiativeAbilitiesSchema = z.object({
  edit: z.boolean(),
  attach: z.boolean(),
  transitions: z.array(z.enum(TRANSITION_TARGETS)),
});

export const InitiativeDetailSchema = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  form_kind: z.enum(['short', 'full']),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  phase: PhaseWindowSchema,
  unit: InitiativeUnitSchema,
  field: z.object({ code: z.string(), name: z.string() }).nullable(),
  problem: z.string().nullable(),
  solution: z.string().nullable(),
  benefit: z.string().nullable(),
  benefit_vnd: z.number().nullable(),
  benefit_period: z.enum(BENEFIT_PERIODS),
  investor: z.string().nullable(),
  application_field: z.string().nullable(),
  first_applied_on: z.string().nullable(),
  confidential_info: z.string().nullable(),
  application_conditions: z.string().nullable(),
  benefit_by_appliers: z.string().nullable(),
  first_appliers: z.array(FirstApplierSchema).nullable(),
  recognition_evidence: z.string().nullable(),
  award_info: z.string().nullable(),
  showcase_consent: z.boolean(),
  authors: z.array(InitiativeAuthorSchema),
  /** Who typed it in: the author, or a supporter on the author's behalf. */
  entered_by: z.string().nullable(),
  on_behalf: z.boolean(),
  /** The receipt: first submission time (null for a draft). */
  submitted_at: z.string().nullable(),
  status_changed_at: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  version: z.number().int(),
  /** The comments of the latest return for correction, while needs_revision. */
  field_comments: z.record(z.string(), z.string()).nullable(),
  attachments: z.array(AttachmentSchema),
  history: z.array(InitiativeEventSchema),
  similar_to: z.array(SimilarInitiativeSchema),
  can: InitiativeAbilitiesSchema,
});
export type InitiativeDetail = z.infer<typeof InitiativeDetailSchema>;

export const InitiativeListItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  phase_code: z.string(),
  unit: InitiativeUnitSchema,
  field_name: z.string().nullable(),
  main_author: z.string().nullable(),
  on_behalf: z.boolean(),
  submitted_at: z.string().nullable(),
  status_changed_at: z.string(),
  updated_at: z.string(),
});
export type InitiativeListItem = z.infer<typeof InitiativeListItemSchema>;

const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** GET /initiatives: what the caller may see; `mine=1` only their own (drafts included). */
export const InitiativeListQuerySchema = z.object({
  unit: z.string().trim().min(1).max(64).optional(),
  phase: z.string().trim().min(1).max(64).optional(),
  /** One status or several, comma-separated. */
  status: z.string().trim().max(200).optional(),
  /** Title, problem or solution; diacritics and case ignored. */
  q: z.string().trim().max(200).optional(),
  mine: flag.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const InitiativeListSchema = z.object({
  items: z.array(InitiativeListItemSchema),
  total: z.number().int(),
});
