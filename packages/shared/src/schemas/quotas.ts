/** Shapes of quota allocation (issue 4): a unit's children with quota, last phase's result, members. */
import { z } from 'zod';
import { UNIT_KINDS } from '../enums.ts';
import { PhaseRefSchema } from './report.ts';

export const AllocationSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string(), quota: z.number().int().nullable() }),
  phase: PhaseRefSchema,
  previous_phase: PhaseRefSchema.nullable(),
  children: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(UNIT_KINDS),
      quota: z.number().int().nullable(),
      members: z.number().int(),
      submissions: z.number().int(),
      /** Last phase's result: submissions and valid (null when there is no earlier phase). */
      previous_submissions: z.number().int().nullable(),
      previous_valid: z.number().int().nullable(),
      previous_quota: z.number().int().nullable(),
    }),
  ),
  children_sum: z.number().int(),
  shortfall: z.number().int(),
  without_quota: z.number().int(),
  /** Shown, never enforced: children's quotas add up to less than the unit's own. */
  warning: z.string().nullable(),
});
export type Allocation = z.infer<typeof AllocationSchema>;

export const SaveAllocationSchema = z.object({
  phase: z.string().min(1).max(64),
  items: z
    .array(
      z.object({
        unit_code: z.string().min(1).max(64),
        /** null removes the quota. */
        quota: z.number().int().min(0).max(100_000_000).nullable(),
      }),
    )
    .max(5000),
});
export type SaveAllocation = z.infer<typeof SaveAllocationSchema>;

export const QuotaImportResultSchema = z.object({ rows: z.number().int(), changed: z.number().int() });
