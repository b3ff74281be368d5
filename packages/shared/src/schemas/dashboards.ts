/** Shape of a unit's dashboard (issue 4): the report's figures, children ranking, charts, backlog. */
import { z } from 'zod';
import { UNIT_KINDS } from '../enums.ts';
import { FiguresSchema, PhaseRefSchema } from './report.ts';
import { RANKING_BY } from './units.ts';
import { RankedUnitSchema, WindowRefSchema } from './rankings.ts';

export const BACKLOG_KEYS = ['0_7', '8_14', '15_30', 'over_30'] as const;

const UnitRef = z.object({ code: z.string(), name: z.string() });

export const DashboardSchema = z.object({
  unit: UnitRef.extend({ kind: z.enum(UNIT_KINDS), depth: z.number().int(), parent_code: z.string().nullable() }),
  phase: PhaseRefSchema,
  campaign: WindowRefSchema.nullable(),
  /** Phases and campaigns of the programme, for the pickers. */
  phases: z.array(PhaseRefSchema.extend({ campaigns: z.array(WindowRefSchema) })),
  figures: FiguresSchema,
  unavailable: z.array(z.enum(RANKING_BY)),
  by: z.enum(RANKING_BY),
  children: z.array(RankedUnitSchema),
  movement_between: z.object({ latest: z.string(), previous: z.string().nullable() }).nullable(),
  daily: z.array(z.object({ day: z.string(), submissions: z.number().int(), valid: z.number().int() })),
  below_quota: z.array(
    UnitRef.extend({ submissions: z.number().int(), quota: z.number().int(), quota_percent: z.number() }),
  ),
  without_submissions: z.array(UnitRef),
  backlog: z.array(z.object({ bucket: z.enum(BACKLOG_KEYS), pending: z.number().int() })),
  /** Emulation clusters this unit organises (their rankings: /ranking?cluster=). */
  clusters: z.array(UnitRef),
  as_of: z.string(),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const DashboardQuerySchema = z.object({
  phase: z.string().min(1).max(64).optional(),
  campaign: z.string().min(1).max(64).optional(),
  by: z.enum(RANKING_BY).default('submissions'),
});
