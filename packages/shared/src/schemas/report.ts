/** The report's data (interchange.md §3), shared by the API, the CLI and the web. */
import { z } from 'zod';
import { BENEFIT_PERIODS, UNIT_KINDS } from '../enums.ts';

export const UnitRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
});

export const PhaseRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
});

const figures = {
  submissions: z.number().int(),
  valid: z.number().int(),
  pending: z.number().int(),
  invalid: z.number().int(),
  quota: z.number().int().nullable(),
  quota_percent: z.number().nullable(),
  valid_quota_percent: z.number().nullable(),
  members: z.number().int(),
  rate_percent: z.number().nullable(),
  grassroots_participating: z.number().int(),
  members_participating: z.number().int(),
  benefit_vnd_total: z.number(),
};

export const FiguresSchema = z.object(figures);
export type FiguresData = z.infer<typeof FiguresSchema>;

export const ReportChildSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  ...figures,
  rank: z.number().int(),
});

export const TopInitiativeSchema = z.object({
  code: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  unit_name: z.string(),
  benefit_vnd: z.number(),
  benefit_period: z.enum(BENEFIT_PERIODS),
  benefit_vnd_year: z.number(),
  confidential: z.boolean(),
});

export const PhaseReportSchema = z.object({
  unit: UnitRefSchema,
  phase: PhaseRefSchema,
  programme: z.object({ code: z.string(), name: z.string(), goal: z.number().int().nullable() }),
  as_of: z.string(),
  ...figures,
  rank: z
    .object({
      position: z.number().int(),
      of: z.number().int(),
      parent_code: z.string(),
      parent_name: z.string(),
      parent_kind: z.enum(UNIT_KINDS),
    })
    .nullable(),
  children: z.array(ReportChildSchema),
  below_quota: z.array(z.string()),
  top_initiatives: z.array(TopInitiativeSchema),
});
export type PhaseReport = z.infer<typeof PhaseReportSchema>;
export type ReportChild = z.infer<typeof ReportChildSchema>;
export type TopInitiative = z.infer<typeof TopInitiativeSchema>;
