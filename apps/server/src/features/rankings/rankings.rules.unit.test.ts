import { describe, expect, it } from 'vitest';
import { compareVietnamese, type RankingBy } from '@sangkien/shared';
import { buildFigures, rankUnits, ZERO_COUNTS, type Counts } from '../stats/stats.rules.ts';
import {
  campaignFigures,
  daysBetween,
  movementOf,
  movements,
  windowDays,
  type SnapshotFigures,
} from './rankings.rules.ts';

const counts = (submissions: number, valid = 0): Counts => ({
  ...ZERO_COUNTS,
  submissions,
  valid,
  pending: submissions - valid,
  grassroots_participating: submissions > 0 ? 1 : 0,
});

const unit = (name: string, submissions: number, quota: number | null, members: number, valid = 0) => ({
  name,
  figures: buildFigures(counts(submissions, valid), quota, members, 0),
});

describe('ranking by any metric, ties sharing the better position', () => {
  const units = [unit('A', 10, 20, 100, 4), unit('B', 10, null, 50, 4), unit('C', 6, 6, 0, 6), unit('D', 0, 10, 200)];
  it.each<[RankingBy, Array<[string, number]>]>([
    // B ties A on submissions: both first, C third (1, 1, 3).
    [
      'submissions',
      [
        ['A', 1],
        ['B', 1],
        ['C', 3],
        ['D', 4],
      ],
    ],
    [
      'valid',
      [
        ['C', 1],
        ['A', 2],
        ['B', 2],
        ['D', 4],
      ],
    ],
    // B has no quota: it ranks after every unit that has one.
    [
      'quota_percent',
      [
        ['C', 1],
        ['A', 2],
        ['D', 3],
        ['B', 4],
      ],
    ],
    [
      'valid_quota_percent',
      [
        ['C', 1],
        ['A', 2],
        ['D', 3],
        ['B', 4],
      ],
    ],
    // C has no members: its rate is absent and ranks last.
    [
      'rate_percent',
      [
        ['B', 1],
        ['A', 2],
        ['D', 3],
        ['C', 4],
      ],
    ],
    [
      'members',
      [
        ['D', 1],
        ['A', 2],
        ['B', 3],
        ['C', 4],
      ],
    ],
  ])('by %s', (by, expected) => {
    const ranked = rankUnits(units, by, compareVietnamese).map((u) => [u.name, u.position]);
    expect(ranked).toEqual(expected);
  });

  it('gives missing quota and zero members absent percentages, not zero', () => {
    expect(unit('B', 10, null, 50).figures.quota_percent).toBeNull();
    expect(unit('C', 6, 6, 0).figures.rate_percent).toBeNull();
    expect(unit('D', 0, 10, 200).figures.quota_percent).toBe(0);
  });
});

describe('campaign windows in Vietnam days', () => {
  it.each([
    // "24 giờ ngày 31/5": the exclusive end 01/06 00:00 (+07) keeps 31/5 as the last day.
    ['2022-05-01T00:00:00+07:00', '2022-06-01T00:00:00+07:00', '2022-05-01', '2022-05-31'],
    // Midnight in Vietnam is 17:00 UTC the day before: still the Vietnam day.
    ['2022-04-30T17:00:00Z', '2022-05-10T17:00:00Z', '2022-05-01', '2022-05-10'],
    // One minute before Vietnam midnight belongs to the day before.
    ['2022-05-01T23:59:00+07:00', '2022-05-02T00:01:00+07:00', '2022-05-01', '2022-05-02'],
    // A one-day campaign.
    ['2022-05-19T00:00:00+07:00', '2022-05-20T00:00:00+07:00', '2022-05-19', '2022-05-19'],
  ])('[%s, %s) covers %s … %s', (start, end, first, last) => {
    expect(windowDays(new Date(start), new Date(end))).toEqual({ first, last });
  });

  it('lists every day of a window, across a month end', () => {
    expect(daysBetween('2022-05-30', '2022-06-02')).toEqual(['2022-05-30', '2022-05-31', '2022-06-01', '2022-06-02']);
    expect(daysBetween('2022-06-02', '2022-06-01')).toEqual([]);
  });

  it('gives campaign figures without quota or benefit', () => {
    const f = campaignFigures({ ...counts(5, 2), benefit_vnd_year: 900 }, 50);
    expect(f).toMatchObject({ submissions: 5, valid: 2, quota: null, quota_percent: null, rate_percent: 10 });
    expect(f.benefit_vnd_total).toBe(0);
  });
});

describe('week-on-week movement', () => {
  const snap = (rows: Array<[number, string, number]>): SnapshotFigures[] =>
    rows.map(([unitId, name, submissions]) => ({
      unitId,
      name,
      figures: buildFigures(counts(submissions), null, 10, 0),
    }));

  it.each([
    [3, 1, true, { rank: 1, previous_rank: 3, change: 2, new: false }],
    [2, 3, true, { rank: 3, previous_rank: 2, change: -1, new: false }],
    [undefined, 2, true, { rank: 2, previous_rank: null, change: null, new: true }],
    // Only one snapshot so far: nothing is "new", there is nothing to compare.
    [undefined, 2, false, { rank: 2, previous_rank: null, change: null, new: false }],
  ])('previous %s → latest %s', (previous, latest, hasPrevious, expected) => {
    expect(movementOf(latest, previous, hasPrevious)).toEqual(expected);
  });

  it('compares the same set of units in two snapshots by the chosen metric', () => {
    const previous = snap([
      [1, 'A', 5],
      [2, 'B', 3],
    ]);
    const latest = snap([
      [1, 'A', 6],
      [2, 'B', 9],
      [3, 'C', 6],
    ]);
    const moves = movements(latest, previous, 'submissions', compareVietnamese)!;
    expect(moves.get(2)).toEqual({ rank: 1, previous_rank: 2, change: 1, new: false });
    expect(moves.get(1)).toEqual({ rank: 2, previous_rank: 1, change: -1, new: false });
    expect(moves.get(3)).toEqual({ rank: 2, previous_rank: null, change: null, new: true });
    expect(movements(null, null, 'submissions', compareVietnamese)).toBeNull();
  });
});
