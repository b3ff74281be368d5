/** Shapes of the unit tree, rankings and the live counter in the API. */
import { z } from 'zod';
import { UNIT_KINDS } from '../enums.ts';
import { FiguresSchema, PhaseRefSchema } from './report.ts';

export const UnitSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  members: z.number().int(),
  children_count: z.number().int(),
  closed: z.boolean(),
});

export const UnitDetailSchema = UnitSummarySchema.extend({
  parent_code: z.string().nullable(),
  depth: z.number().int(),
  /** From the root down to the parent, for breadcrumbs. */
  ancestors: z.array(z.object({ code: z.string(), name: z.string() })),
  successor_code: z.string().nullable(),
  valid_to: z.string().nullable(),
  /** Shown to the unit's admins and support team only. */
  join_code: z.string().nullable().optional(),
  /** What the caller may do here, so pages show only the actions that will work. */
  permissions: z.object({ administer: z.boolean(), restructure: z.boolean(), read_roster: z.boolean() }).optional(),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const UnitListSchema = z.object({ items: z.array(UnitSummarySchema) });

export const RANKING_BY = [
  'submissions',
  'valid',
  'pending',
  'invalid',
  'quota_percent',
  'valid_quota_percent',
  'members',
  'rate_percent',
  'grassroots_participating',
  'members_participating',
  'benefit_vnd_total',
] as const;
export type RankingBy = (typeof RANKING_BY)[number];

export const RankingItemSchema = FiguresSchema.extend({
  rank: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
});
export type RankingItem = z.infer<typeof RankingItemSchema>;

export const RankingSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  phase: PhaseRefSchema,
  by: z.enum(RANKING_BY),
  items: z.array(RankingItemSchema),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const LiveStatsSchema = z.object({
  programme: z.object({ code: z.string(), name: z.string(), goal: z.number().int().nullable() }).nullable(),
  phase: PhaseRefSchema.extend({ open: z.boolean() }).nullable(),
  root: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** Whole programme, every phase. */
  submissions: z.number().int(),
  valid: z.number().int(),
  pending: z.number().int(),
  invalid: z.number().int(),
  goal_percent: z.number().nullable(),
  /** The current phase only. */
  phase_submissions: z.number().int(),
  as_of: z.string(),
});
export type LiveStats = z.infer<typeof LiveStatsSchema>;
