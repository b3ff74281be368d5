/** Commendation lists (danh sách đề nghị biểu dương): who to praise, by configurable criteria. */
import { z } from 'zod';
import { UNIT_KINDS } from '../enums.ts';
import { PhaseRefSchema, TopInitiativeSchema, UnitRefSchema } from './report.ts';

export const COMMENDATION_CRITERIA = [
  'grassroots_most_valid',
  'first_to_quota',
  'members_most_valid',
  'top_benefit',
  'awarded_collectives',
  'awarded_individuals',
] as const;
export type CommendationCriterion = (typeof COMMENDATION_CRITERIA)[number];

/** The list's heading in the document. */
export const COMMENDATION_TITLES: Record<CommendationCriterion, string> = {
  grassroots_most_valid: 'Công đoàn cơ sở có nhiều sáng kiến hợp lệ nhất',
  first_to_quota: 'Đơn vị sớm nhất đạt chỉ tiêu được giao',
  members_most_valid: 'Đoàn viên có nhiều sáng kiến hợp lệ nhất',
  top_benefit: 'Tác giả sáng kiến có giá trị làm lợi cao nhất',
  awarded_collectives: 'Tập thể đã được khen thưởng (giấy khen, bằng khen)',
  awarded_individuals: 'Cá nhân, tác giả sáng kiến đã được khen thưởng (giấy khen, bằng khen)',
};

/** Collectives (tập thể) or individuals (cá nhân). */
export const COMMENDATION_GROUPS: Record<CommendationCriterion, 'collective' | 'individual'> = {
  grassroots_most_valid: 'collective',
  first_to_quota: 'collective',
  members_most_valid: 'individual',
  top_benefit: 'individual',
  awarded_collectives: 'collective',
  awarded_individuals: 'individual',
};

/** An award recorded by a unit of the subtree (councils feature), for the lists of awards. */
export const AwardCommendationSchema = z.object({
  rank: z.number().int(),
  kind_label: z.string(),
  level: z.enum(['grassroots', 'district', 'province', 'national']),
  decision_number: z.string(),
  decided_on: z.string(),
  granted_by: z.string(),
  /** The collective, the member, or an awarded initiative's authors. */
  recipient: z.string(),
  unit_name: z.string(),
  initiative_title: z.string().nullable(),
});

export const GrassrootsCommendationSchema = z.object({
  rank: z.number().int(),
  code: z.string(),
  name: z.string(),
  parent_name: z.string().nullable(),
  valid: z.number().int(),
  submissions: z.number().int(),
});

export const QuotaCommendationSchema = z.object({
  rank: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  quota: z.number().int(),
  /** When the unit's submissions reached its quota (the quota-th submission), Vietnam time. */
  reached_at: z.string(),
});

export const MemberCommendationSchema = z.object({
  rank: z.number().int(),
  member_code: z.string(),
  full_name: z.string(),
  job_title: z.string().nullable(),
  unit_name: z.string(),
  valid: z.number().int(),
  submissions: z.number().int(),
});

export const CommendationListSchema = z.discriminatedUnion('criterion', [
  z.object({
    criterion: z.literal('grassroots_most_valid'),
    title: z.string(),
    items: z.array(GrassrootsCommendationSchema),
  }),
  z.object({ criterion: z.literal('first_to_quota'), title: z.string(), items: z.array(QuotaCommendationSchema) }),
  z.object({ criterion: z.literal('members_most_valid'), title: z.string(), items: z.array(MemberCommendationSchema) }),
  z.object({
    criterion: z.literal('top_benefit'),
    title: z.string(),
    items: z.array(TopInitiativeSchema.extend({ rank: z.number().int() })),
  }),
  z.object({ criterion: z.literal('awarded_collectives'), title: z.string(), items: z.array(AwardCommendationSchema) }),
  z.object({ criterion: z.literal('awarded_individuals'), title: z.string(), items: z.array(AwardCommendationSchema) }),
]);
export type CommendationList = z.infer<typeof CommendationListSchema>;

export const CommendationsSchema = z.object({
  unit: UnitRefSchema,
  phase: PhaseRefSchema,
  programme: z.object({ code: z.string(), name: z.string() }),
  as_of: z.string(),
  /** At most this many in each list. */
  limit: z.number().int(),
  lists: z.array(CommendationListSchema),
});
export type Commendations = z.infer<typeof CommendationsSchema>;

/** `grassroots_most_valid,top_benefit` → the criteria, in the document's order; empty means all. */
export const CommendationCriteriaParam = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(COMMENDATION_CRITERIA)))
  .transform((chosen) => COMMENDATION_CRITERIA.filter((c) => chosen.length === 0 || chosen.includes(c)));
