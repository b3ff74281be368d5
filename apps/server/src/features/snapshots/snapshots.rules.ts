/**
 * Pure rules of the weekly snapshots: when one is due (default Friday 17:00 Vietnam time), and the
 * rollup of every unit's subtree from the grassroots rows with each unit's rank among its siblings.
 */
import { toVietnamIso, vietnamInstant } from '@sangkien/shared';
import {
  addCounts,
  buildFigures,
  rankPositions,
  ZERO_COUNTS,
  type Counts,
  type Figures,
} from '../stats/stats.rules.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const OFFSET_MS = 7 * 60 * 60 * 1000;

export interface SnapshotSchedule {
  /** 0 = Sunday … 5 = Friday … 6 = Saturday, in Vietnam time. */
  weekday: number;
  hour: number;
  minute: number;
}

export const DEFAULT_SCHEDULE: SnapshotSchedule = { weekday: 5, hour: 17, minute: 0 };

/** Parses `5@17:00` (weekday@HH:MM, Vietnam time); null when malformed. */
export function parseSchedule(text: string): SnapshotSchedule | null {
  const m = /^([0-6])@(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const schedule = { weekday: +m[1]!, hour: +m[2]!, minute: +m[3]! };
  return schedule.hour < 24 && schedule.minute < 60 ? schedule : null;
}

/** The latest scheduled moment at or before `now`. */
export function lastDueMoment(now: Date, schedule: SnapshotSchedule): Date {
  const local = new Date(now.getTime() + OFFSET_MS);
  const back = (local.getUTCDay() - schedule.weekday + 7) % 7;
  const day = new Date(local.getTime() - back * DAY_MS);
  let due = vietnamInstant(
    day.getUTCFullYear(),
    day.getUTCMonth() + 1,
    day.getUTCDate(),
    schedule.hour,
    schedule.minute,
  )!;
  if (due.getTime() > now.getTime()) due = new Date(due.getTime() - 7 * DAY_MS);
  return due;
}

/** The key that makes one snapshot per scheduled moment, however many processes take it. */
export const snapshotKey = (at: Date) => toVietnamIso(at);

export interface TreeUnit {
  id: number;
  parentId: number | null;
  path: readonly number[];
  members: number;
  /** Closed units still carry their rows up their path but get no row of their own. */
  open: boolean;
}

export interface OwnCounts extends Counts {
  unitId: number;
}

export interface SnapshotRow {
  unitId: number;
  parentId: number | null;
  figures: Figures;
  rank: number;
}

/**
 * Every unit's figures over its subtree (grassroots rows summed up every ancestor path) and its
 * rank among its siblings by submissions, ties sharing the better position.
 */
export function rollUpTree(
  tree: readonly TreeUnit[],
  own: readonly OwnCounts[],
  quotas: ReadonlyMap<number, number>,
  participating: ReadonlyMap<number, number>,
): SnapshotRow[] {
  const counts = new Map<number, Counts>();
  const members = new Map<number, number>();
  const byId = new Map(tree.map((u) => [u.id, u]));
  for (const unit of tree) {
    for (const ancestor of unit.path) members.set(ancestor, (members.get(ancestor) ?? 0) + unit.members);
  }
  for (const row of own) {
    const unit = byId.get(row.unitId);
    if (!unit) continue;
    const c: Counts = { ...row, grassroots_participating: row.submissions > 0 ? 1 : 0 };
    for (const ancestor of unit.path) counts.set(ancestor, addCounts(counts.get(ancestor) ?? ZERO_COUNTS, c));
  }
  const rows = tree
    .filter((unit) => unit.open)
    .map((unit) => ({
      unitId: unit.id,
      parentId: unit.parentId,
      figures: buildFigures(
        counts.get(unit.id) ?? ZERO_COUNTS,
        quotas.get(unit.id) ?? null,
        members.get(unit.id) ?? 0,
        participating.get(unit.id) ?? 0,
      ),
      rank: 1,
    }));
  const siblings = new Map<number | null, typeof rows>();
  for (const row of rows) {
    const group = siblings.get(row.parentId);
    if (group) group.push(row);
    else siblings.set(row.parentId, [row]);
  }
  for (const group of siblings.values()) {
    const positions = rankPositions(group, (r) => r.figures.submissions);
    for (const row of group) row.rank = positions.get(row)!;
  }
  return rows;
}
