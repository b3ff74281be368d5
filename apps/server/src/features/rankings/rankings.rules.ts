/**
 * Pure rules of the rankings (issue 4): which Vietnam days a campaign covers, the figures of a
 * unit over such a window, and week-on-week movement between two snapshots. Positions and figures
 * themselves come from stats.rules (one calculation for reports, dashboards and rankings).
 */
import { vietnamDay, type RankingBy } from '@sangkien/shared';
import { buildFigures, rankUnits, type Counts, type Figures } from '../stats/stats.rules.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Vietnam calendar days `[first, last]` a window `[startsAt, endsAt)` covers. Daily
 * aggregates are kept per Vietnam day, so a campaign counts whole days: the day holding its start
 * through the day holding the last instant before its end ("24 giờ ngày 31/5" ends on 31/5).
 */
export function windowDays(startsAt: Date, endsAt: Date): { first: string; last: string } {
  return { first: vietnamDay(startsAt), last: vietnamDay(new Date(endsAt.getTime() - 1)) };
}

/** Every day `YYYY-MM-DD` from `first` to `last`, both included (for charts with empty days). */
export function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * Metrics a campaign ranking cannot give: quotas belong to phases, and the yearly benefit and the
 * distinct authors are kept per phase, not per day.
 */
export const CAMPAIGN_UNAVAILABLE: readonly RankingBy[] = [
  'quota_percent',
  'valid_quota_percent',
  'members_participating',
  'benefit_vnd_total',
];

/** Figures of a unit over a campaign window, from its daily counts (quota and benefit absent). */
export function campaignFigures(counts: Counts, members: number): Figures {
  return { ...buildFigures({ ...counts, benefit_vnd_year: 0 }, null, members, 0), quota: null };
}

export interface Movement {
  /** Rank in the latest snapshot; null when the unit was not in it. */
  rank: number | null;
  previous_rank: number | null;
  /** Places gained since the snapshot before (positive: up). Null when either rank is missing. */
  change: number | null;
  /** In the latest snapshot but not the one before. */
  new: boolean;
}

/** ↑2 / ↓1 / new between the two latest snapshots; null when there is no snapshot at all. */
export function movementOf(latest: number | undefined, previous: number | undefined, hasPrevious: boolean): Movement {
  return {
    rank: latest ?? null,
    previous_rank: previous ?? null,
    change: latest !== undefined && previous !== undefined ? previous - latest : null,
    new: latest !== undefined && previous === undefined && hasPrevious,
  };
}

export interface SnapshotFigures {
  unitId: number;
  name: string;
  figures: Figures;
}

/** Positions of a set of units in one snapshot by a metric (the same rule as the live ranking). */
export function snapshotPositions(
  rows: readonly SnapshotFigures[],
  by: RankingBy,
  compareNames: (a: string, b: string) => number,
): Map<number, number> {
  return new Map(rankUnits(rows, by, compareNames).map((r) => [r.unitId, r.position]));
}

/**
 * Movement of each unit between two snapshots of the same set of units, ranked by `by`. With no
 * snapshot yet, every movement is null.
 */
export function movements(
  latest: readonly SnapshotFigures[] | null,
  previous: readonly SnapshotFigures[] | null,
  by: RankingBy,
  compareNames: (a: string, b: string) => number,
): Map<number, Movement> | null {
  if (!latest) return null;
  const now = snapshotPositions(latest, by, compareNames);
  const before = previous ? snapshotPositions(previous, by, compareNames) : new Map<number, number>();
  const out = new Map<number, Movement>();
  for (const [unitId, rank] of now) out.set(unitId, movementOf(rank, before.get(unitId), previous !== null));
  return out;
}
