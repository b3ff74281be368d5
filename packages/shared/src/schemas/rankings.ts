/** Shapes of the rankings with movement, snapshots and rank history (issue 4). */
import { z } from 'zod';
import { RANKING_BY, RankingItemSchema } from './units.ts';
import { PhaseRefSchema } from './report.ts';

export const MovementSchema = z.object({
  rank: z.number().int().nullable(),
  previous_rank: z.number().int().nullable(),
  /** Places gained between the two latest weekly snapshots (positive: up). */
  change: z.number().int().nullable(),
  new: z.boolean(),
});
export type Movement = z.infer<typeof MovementSchema>;

export const WindowRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
});

export const RankedUnitSchema = RankingItemSchema.extend({ movement: MovementSchema.nullable() });
export type RankedUnit = z.infer<typeof RankedUnitSchema>;

export const UnitRankingSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  phase: PhaseRefSchema,
  campaign: WindowRefSchema.nullable(),
  cluster: z.object({ code: z.string(), name: z.string() }).nullable(),
  by: z.enum(RANKING_BY),
  /** Metrics this ranking cannot give (a campaign has no quota, benefit or distinct authors). */
  unavailable: z.array(z.enum(RANKING_BY)),
  /** When the two snapshots that movement compares were taken (null: none yet). */
  movement_between: z.object({ latest: z.string(), previous: z.string().nullable() }).nullable(),
  items: z.array(RankedUnitSchema),
});
export type UnitRanking = z.infer<typeof UnitRankingSchema>;

export const RankingQuerySchema = z.object({
  phase: z.string().min(1).max(64).optional(),
  campaign: z.string().min(1).max(64).optional(),
  cluster: z.string().min(1).max(64).optional(),
  by: z.enum(RANKING_BY).default('submissions'),
});

export const RankHistorySchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  phase: PhaseRefSchema,
  items: z.array(
    z.object({
      taken_at: z.string(),
      rank: z.number().int(),
      of: z.number().int(),
      submissions: z.number().int(),
      valid: z.number().int(),
    }),
  ),
});
export type RankHistory = z.infer<typeof RankHistorySchema>;

export const SnapshotSummarySchema = z.object({
  key: z.string(),
  taken_at: z.string(),
  phases: z.array(z.object({ code: z.string(), units: z.number().int(), created: z.boolean() })),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;
