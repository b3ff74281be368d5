/** Pure rules of the dashboard: review backlog by age, units below quota, the chart's days. */
import type { Figures } from '../stats/stats.rules.ts';
import { daysBetween } from '../rankings/rankings.rules.ts';

export const BACKLOG_BUCKETS = [
  { key: '0_7', from: 0, to: 7 },
  { key: '8_14', from: 8, to: 14 },
  { key: '15_30', from: 15, to: 30 },
  { key: 'over_30', from: 31, to: Infinity },
] as const;
export type BacklogKey = (typeof BACKLOG_BUCKETS)[number]['key'];

const DAY_MS = 24 * 60 * 60 * 1000;
const ageInDays = (day: string, today: string) => Math.round((Date.parse(today) - Date.parse(day)) / DAY_MS);

/** Pending submissions grouped by how many days they have waited since submission. */
export function backlogByAge(
  rows: ReadonlyArray<{ day: string; pending: number }>,
  today: string,
): Array<{ bucket: BacklogKey; pending: number }> {
  const totals = new Map<BacklogKey, number>(BACKLOG_BUCKETS.map((b) => [b.key, 0]));
  for (const row of rows) {
    const age = Math.max(0, ageInDays(row.day, today));
    const bucket = BACKLOG_BUCKETS.find((b) => age >= b.from && age <= b.to)!;
    totals.set(bucket.key, totals.get(bucket.key)! + row.pending);
  }
  return BACKLOG_BUCKETS.map((b) => ({ bucket: b.key, pending: totals.get(b.key)! }));
}

/** Every day of the window up to today (no future days), zeros where nothing was submitted. */
export function dailySeries(
  rows: ReadonlyArray<{ day: string; submissions: number; valid: number }>,
  window: { first: string; last: string },
  today: string,
): Array<{ day: string; submissions: number; valid: number }> {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const last = window.last < today ? window.last : today;
  return daysBetween(window.first, last).map((day) => ({
    day,
    submissions: byDay.get(day)?.submissions ?? 0,
    valid: byDay.get(day)?.valid ?? 0,
  }));
}

/** Children with a quota they have not reached yet (by submissions), furthest behind first. */
export function belowQuota<T extends { figures: Figures }>(children: readonly T[]): T[] {
  return children
    .filter((c) => c.figures.quota !== null && c.figures.quota > 0 && c.figures.submissions < c.figures.quota)
    .sort((a, b) => a.figures.quota_percent! - b.figures.quota_percent!);
}

export function withoutSubmissions<T extends { figures: Figures }>(children: readonly T[]): T[] {
  return children.filter((c) => c.figures.submissions === 0);
}
