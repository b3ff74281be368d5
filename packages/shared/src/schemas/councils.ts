/** Shapes of initiative councils, scoring sheets, nominations, awards and the public showcase. */
import { z } from 'zod';

export const COUNCIL_POSITION_VALUES = ['chair', 'vice_chair', 'secretary', 'expert', 'union_representative'] as const;
export const OUTSTANDING_LEVELS = ['grassroots', 'district', 'province', 'national'] as const;
export const AWARD_KINDS = ['giay_khen', 'bang_khen'] as const;

export const CouncilCriterionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,31}$/, 'Mã tiêu chí chỉ gồm chữ thường không dấu, số và dấu gạch dưới.'),
  label: z.string().trim().min(1).max(120),
  max_points: z.number().int(),
});

export const CouncilMemberInputSchema = z
  .object({
    position: z.enum(COUNCIL_POSITION_VALUES),
    login: z.string().trim().min(1).max(200).optional(),
    member_code: z.string().trim().min(1).max(64).optional(),
  })
  .refine((value) => (value.login === undefined) !== (value.member_code === undefined), {
    message: 'Nhập một trong hai: số điện thoại/e-mail đăng nhập hoặc mã đoàn viên.',
    path: ['login'],
  });

export const CreateCouncilRequestSchema = z.object({
  name: z.string().trim().min(1).max(300),
  /** Absent: a standing council. */
  programme_code: z.string().trim().min(1).max(64).optional(),
  criteria: z.array(CouncilCriterionSchema).max(10).optional(),
  members: z.array(CouncilMemberInputSchema).min(1).max(25),
  /** Grant the `council` role on the unit to members who lack it (the caller is its admin). */
  grant_roles: z.boolean().default(false),
});

export const CouncilMemberSchema = z.object({
  account_id: z.number().int(),
  display_name: z.string(),
  member_code: z.string().nullable(),
  position: z.enum(COUNCIL_POSITION_VALUES),
  position_label: z.string(),
});

export const CouncilSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  programme: z.object({ code: z.string(), name: z.string() }).nullable(),
  criteria: z.array(CouncilCriterionSchema),
  max_total: z.number().int(),
  members: z.array(CouncilMemberSchema),
  created_at: z.string(),
  /** The caller sits on it (and may score). */
  is_member: z.boolean(),
});
export type Council = z.infer<typeof CouncilSchema>;

export const CouncilListSchema = z.object({ items: z.array(CouncilSchema) });

export const ScoreSheetSchema = z.object({
  account_id: z.number().int(),
  display_name: z.string(),
  position: z.enum(COUNCIL_POSITION_VALUES),
  points: z.record(z.string(), z.number()),
  total: z.number().int(),
  recognise: z.boolean(),
  comment: z.string().nullable(),
  submitted_at: z.string(),
});

export const CouncilReviewSchema = z.object({
  id: z.number().int(),
  initiative: z.object({
    code: z.string(),
    title: z.string(),
    unit_name: z.string(),
    authors: z.array(z.string()),
    confidentiality: z.string(),
  }),
  accepted_at: z.string().nullable(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  opened_at: z.string(),
  closed_at: z.string().nullable(),
  recused: z.array(z.object({ account_id: z.number().int(), display_name: z.string() })),
  eligible: z.number().int(),
  votes_needed: z.number().int(),
  submitted: z.number().int(),
  /** The caller's own sheet (members), null before they score. */
  my_sheet: ScoreSheetSchema.nullable(),
  /** Everyone's sheets: only once the review is closed (scoring stays independent until then). */
  sheets: z.array(ScoreSheetSchema).nullable(),
  recognise_votes: z.number().int().nullable(),
  average_total: z.number().nullable(),
  recognised: z.boolean().nullable(),
  decision_number: z.string().nullable(),
});
export type CouncilReview = z.infer<typeof CouncilReviewSchema>;

export const CouncilReviewListSchema = z.object({ items: z.array(CouncilReviewSchema) });

export const OpenReviewRequestSchema = z.object({ initiative_code: z.string().trim().min(1).max(64) });

export const SubmitScoreRequestSchema = z.object({
  points: z.record(z.string(), z.number()),
  recognise: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
});

export const CloseReviewRequestSchema = z.object({
  decision_number: z.string().trim().min(1).max(100).optional(),
});

export const NominateRequestSchema = z.object({
  initiative_code: z.string().trim().min(1).max(64),
  /** Absent: the parent unit. */
  to_unit_code: z.string().trim().min(1).max(64).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const NominationSchema = z.object({
  id: z.number().int(),
  initiative: z.object({ code: z.string(), title: z.string(), unit_name: z.string() }),
  from_unit: z.object({ code: z.string(), name: z.string() }),
  to_unit: z.object({ code: z.string(), name: z.string() }),
  level: z.enum(OUTSTANDING_LEVELS),
  note: z.string().nullable(),
  status: z.enum(['nominated', 'selected', 'not_selected']),
  nominated_at: z.string(),
  decided_at: z.string().nullable(),
});
export type Nomination = z.infer<typeof NominationSchema>;

export const NominationListSchema = z.object({ received: z.array(NominationSchema), sent: z.array(NominationSchema) });

export const DecideNominationRequestSchema = z.object({ status: z.enum(['selected', 'not_selected']) });

export const CreateAwardRequestSchema = z
  .object({
    kind: z.enum(AWARD_KINDS),
    decision_number: z.string().trim().min(1).max(100),
    decided_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày quyết định theo dạng YYYY-MM-DD.'),
    initiative_code: z.string().trim().min(1).max(64).optional(),
    member_code: z.string().trim().min(1).max(64).optional(),
    unit_code: z.string().trim().min(1).max(64).optional(),
    /** Needed for a member or a collective; an initiative's own phase otherwise. */
    phase: z.string().trim().min(1).max(64).optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((v) => [v.initiative_code, v.member_code, v.unit_code].filter((x) => x !== undefined).length === 1, {
    message: 'Chọn đúng một đối tượng khen: sáng kiến, đoàn viên hoặc tập thể.',
    path: ['initiative_code'],
  });

export const AwardSchema = z.object({
  id: z.number().int(),
  kind: z.enum(AWARD_KINDS),
  kind_label: z.string(),
  level: z.enum(OUTSTANDING_LEVELS),
  decision_number: z.string(),
  decided_on: z.string(),
  granted_by: z.object({ code: z.string(), name: z.string() }),
  phase_code: z.string(),
  recipient_kind: z.enum(['initiative', 'member', 'unit']),
  recipient_code: z.string(),
  recipient_name: z.string(),
  reason: z.string().nullable(),
});
export type Award = z.infer<typeof AwardSchema>;
export const AwardListSchema = z.object({ items: z.array(AwardSchema) });

export const ShowcaseItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  field: z.string().nullable(),
  field_code: z.string().nullable(),
  unit_code: z.string(),
  unit_name: z.string(),
  province_name: z.string().nullable(),
  authors: z.array(z.string()),
  benefit: z.string().nullable(),
  benefit_vnd_year: z.number().nullable(),
  recognised: z.boolean(),
  outstanding_level: z.enum(OUTSTANDING_LEVELS).nullable(),
  url: z.string(),
});
export type ShowcaseItem = z.infer<typeof ShowcaseItemSchema>;

export const ShowcaseListSchema = z.object({
  items: z.array(ShowcaseItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  page_size: z.number().int(),
});
export type ShowcaseList = z.infer<typeof ShowcaseListSchema>;

export const ShowcaseDetailSchema = ShowcaseItemSchema.extend({
  problem: z.string().nullable(),
  solution: z.string().nullable(),
  phase_name: z.string(),
  awards: z.array(
    z.object({ kind_label: z.string(), level: z.string(), decision_number: z.string(), decided_on: z.string() }),
  ),
  image_url: z.string(),
});
export type ShowcaseDetail = z.infer<typeof ShowcaseDetailSchema>;
