/** The public landing page's data (live counter, national ranking, weekly leaders). */
import { z } from 'zod';
import { PhaseRefSchema } from './report.ts';
import { LiveStatsSchema } from './units.ts';

export const LandingDataSchema = z.object({
  live: LiveStatsSchema,
  phase: PhaseRefSchema.nullable(),
  /** The root's provinces and sector unions by submissions in the current phase. */
  ranking: z.array(
    z.object({
      rank: z.number().int(),
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      submissions: z.number().int(),
      valid: z.number().int(),
      quota_percent: z.number().nullable(),
    }),
  ),
  /** The leaders of the latest weekly snapshot. */
  leaders: z
    .object({
      taken_at: z.string(),
      items: z.array(
        z.object({ rank: z.number().int(), code: z.string(), name: z.string(), submissions: z.number().int() }),
      ),
    })
    .nullable(),
});
export type LandingData = z.infer<typeof LandingDataSchema>;
