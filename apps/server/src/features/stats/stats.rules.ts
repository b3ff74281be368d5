/**
 * Pure rules behind every counter and ranking (product.md §3). The database keeps one aggregate
 * row per grassroots unit and phase; a change to an initiative is turned into the difference
 * between what it contributed before and after.
 */
import { statusBucket, type InitiativeStatus, type RankingBy, type StatusBucket } from '@sangkien/shared';

/** What one initiative contributes to the aggregates. */
export interface Contribution {
  unitId: number;
  phaseId: number;
  /** Vietnam day of submission, `YYYY-MM-DD`; null for drafts. */
  day: string | null;
  status: InitiativeStatus;
  memberIds: readonly number[];
  benefitVndYear: number | null;
}

export interface CountsDelta {
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
}

export interface StatsDelta {
  stats: Array<{ unitId: number; phaseId: number; benefitVndYear: number } & CountsDelta>;
  daily: Array<{ unitId: number; phaseId: number; day: string } & CountsDelta>;
  authors: Array<{ unitId: number; phaseId: number; memberId: number; submissions: number }>;
}

function counts(bucket: StatusBucket | null, sign: number): CountsDelta {
  return {
    submissions: bucket ? sign : 0,
    valid: bucket === 'valid' ? sign : 0,
    pending: bucket === 'pending' ? sign : 0,
    invalid: bucket === 'invalid' ? sign : 0,
  };
}

const isZero = (c: CountsDelta) => c.submissions === 0 && c.valid === 0 && c.pending === 0 && c.invalid === 0;

/** The change to apply to the aggregates when an initiative goes from `before` to `after`. */
export function contributionDelta(before: Contribution | null, after: Contribution | null): StatsDelta {
  const stats = new Map<string, StatsDelta['stats'][number]>();
  const daily = new Map<string, StatsDelta['daily'][number]>();
  const authors = new Map<string, StatsDelta['authors'][number]>();
  const add = (c: Contribution | null, sign: number) => {
    if (!c) return;
    const bucket = statusBucket(c.status);
    if (!bucket) return;
    const delta = counts(bucket, sign);
    const statsKey = `${c.unitId}:${c.phaseId}`;
    const s = stats.get(statsKey) ?? { unitId: c.unitId, phaseId: c.phaseId, benefitVndYear: 0, ...counts(null, 0) };
    s.submissions += delta.submissions;
    s.valid += delta.valid;
    s.pending += delta.pending;
    s.invalid += delta.invalid;
    if (bucket === 'valid') s.benefitVndYear += sign * (c.benefitVndYear ?? 0);
    stats.set(statsKey, s);
    if (c.day) {
      const dayKey = `${statsKey}:${c.day}`;
      const d = daily.get(dayKey) ?? { unitId: c.unitId, phaseId: c.phaseId, day: c.day, ...counts(null, 0) };
      d.submissions += delta.submissions;
      d.valid += delta.valid;
      d.pending += delta.pending;
      d.invalid += delta.invalid;
      daily.set(dayKey, d);
    }
    for (const memberId of c.memberIds) {
      const authorKey = `${statsKey}:${memberId}`;
      const a = authors.get(authorKey) ?? { unitId: c.unitId, phaseId: c.phaseId, memberId, submissions: 0 };
      a.submissions += sign;
      authors.set(authorKey, a);
    }
  };
  add(before, -1);
  add(after, +1);
  return {
    stats: [...stats.values()].filter((s) => !isZero(s) || s.benefitVndYear !== 0),
    daily: [...daily.values()].filter((d) => !isZero(d)),
    authors: [...authors.values()].filter((a) => a.submissions !== 0),
  };
}

/** `part ÷ whole × 100`, or null when the whole is absent or zero. */
export function percent(part: number, whole: number | null | undefined): number | null {
  if (whole === null || whole === undefined || whole === 0) return null;
  return (part / whole) * 100;
}

/**
 * Competition ranking (1, 2, 2, 4): position = 1 + how many have a strictly better value.
 * Missing values (no quota, no members) rank after every present value.
 */
export function rankPositions<T>(items: readonly T[], value: (item: T) => number | null): Map<T, number> {
  const present = items
    .map(value)
    .filter((v): v is number => v !== null)
    .sort((a, b) => b - a);
  const positions = new Map<T, number>();
  for (const item of items) {
    const v = value(item);
    if (v === null) {
      positions.set(item, present.length + 1);
      continue;
    }
    // Binary search: how many present values are strictly greater than v.
    let low = 0;
    let high = present.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (present[mid]! > v) low = mid + 1;
      else high = mid;
    }
    positions.set(item, low + 1);
  }
  return positions;
}

/** The figures of product.md §3 for one unit and phase (the report's and the dashboard's). */
export interface Figures {
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
  quota: number | null;
  quota_percent: number | null;
  valid_quota_percent: number | null;
  members: number;
  rate_percent: number | null;
  grassroots_participating: number;
  members_participating: number;
  benefit_vnd_total: number;
}

export interface Counts {
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
  benefit_vnd_year: number;
  grassroots_participating: number;
}

export const ZERO_COUNTS: Counts = {
  submissions: 0,
  valid: 0,
  pending: 0,
  invalid: 0,
  benefit_vnd_year: 0,
  grassroots_participating: 0,
};

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    submissions: a.submissions + b.submissions,
    valid: a.valid + b.valid,
    pending: a.pending + b.pending,
    invalid: a.invalid + b.invalid,
    benefit_vnd_year: a.benefit_vnd_year + b.benefit_vnd_year,
    grassroots_participating: a.grassroots_participating + b.grassroots_participating,
  };
}

export function buildFigures(
  counts: Counts,
  quota: number | null,
  members: number,
  membersParticipating: number,
): Figures {
  return {
    submissions: counts.submissions,
    valid: counts.valid,
    pending: counts.pending,
    invalid: counts.invalid,
    quota,
    quota_percent: percent(counts.submissions, quota),
    valid_quota_percent: percent(counts.valid, quota),
    members,
    rate_percent: percent(counts.submissions, members),
    grassroots_participating: counts.grassroots_participating,
    members_participating: membersParticipating,
    benefit_vnd_total: counts.benefit_vnd_year,
  };
}

/** Any figure of product.md §3 a ranking can order by (the API's `by`). */
export type RankingMetric = RankingBy;

/**
 * Orders units by a metric, best first, and gives each its shared-tie position. Equal values are
 * listed by submissions, then valid, then name, so lists are stable.
 */
export function rankUnits<T extends { figures: Figures; name: string }>(
  items: readonly T[],
  metric: RankingMetric,
  compareNames: (a: string, b: string) => number,
): Array<T & { position: number }> {
  const positions = rankPositions(items, (item) => item.figures[metric]);
  return [...items]
    .sort(
      (a, b) =>
        positions.get(a)! - positions.get(b)! ||
        b.figures.submissions - a.figures.submissions ||
        b.figures.valid - a.figures.valid ||
        compareNames(a.name, b.name),
    )
    .map((item) => ({ ...item, position: positions.get(item)! }));
}
