import { describe, expect, it } from 'vitest';
import { ZERO_COUNTS } from '../stats/stats.rules.ts';
import { lastDueMoment, parseSchedule, rollUpTree, snapshotKey, DEFAULT_SCHEDULE } from './snapshots.rules.ts';

describe('when the weekly snapshot is due (Friday 17:00 Vietnam time)', () => {
  it.each([
    // Friday 20/11/2026 17:00 +07 is 10:00 UTC.
    ['2026-11-20T10:00:00Z', '2026-11-20T17:00:00+07:00'],
    ['2026-11-20T09:59:59Z', '2026-11-13T17:00:00+07:00'],
    ['2026-11-22T03:00:00Z', '2026-11-20T17:00:00+07:00'],
    // Friday 23:30 UTC is already Saturday in Vietnam.
    ['2026-11-20T23:30:00Z', '2026-11-20T17:00:00+07:00'],
    ['2026-11-27T09:00:00Z', '2026-11-20T17:00:00+07:00'],
  ])('at %s the last due moment is %s', (now, due) => {
    expect(snapshotKey(lastDueMoment(new Date(now), DEFAULT_SCHEDULE))).toBe(due);
  });

  it('reads a schedule as weekday@HH:MM', () => {
    expect(parseSchedule('1@08:30')).toEqual({ weekday: 1, hour: 8, minute: 30 });
    expect(parseSchedule('7@08:30')).toBeNull();
    expect(parseSchedule('5@25:00')).toBeNull();
    expect(snapshotKey(lastDueMoment(new Date('2026-11-25T02:00:00Z'), parseSchedule('1@08:30')!))).toBe(
      '2026-11-23T08:30:00+07:00',
    );
  });
});

describe('rolling the tree up for a snapshot', () => {
  const tree = [
    { id: 1, parentId: null, path: [1], members: 0, open: true },
    { id: 2, parentId: 1, path: [1, 2], members: 0, open: true },
    { id: 3, parentId: 1, path: [1, 3], members: 0, open: true },
    { id: 4, parentId: 2, path: [1, 2, 4], members: 40, open: true },
    { id: 5, parentId: 3, path: [1, 3, 5], members: 60, open: true },
    { id: 6, parentId: 3, path: [1, 3, 6], members: 10, open: false },
    { id: 7, parentId: 1, path: [1, 7], members: 0, open: true },
  ];
  const own = [
    { unitId: 4, ...ZERO_COUNTS, submissions: 5, valid: 2, pending: 3 },
    { unitId: 5, ...ZERO_COUNTS, submissions: 3, valid: 3 },
    // A closed unit's rows still count for its ancestors.
    { unitId: 6, ...ZERO_COUNTS, submissions: 2, invalid: 2 },
  ];
  const rows = rollUpTree(tree, own, new Map([[2, 10]]), new Map([[1, 7]]));
  const byId = new Map(rows.map((r) => [r.unitId, r]));

  it('sums every subtree and ranks siblings by submissions with shared ties', () => {
    expect(rows.map((r) => r.unitId)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(byId.get(1)!.figures).toMatchObject({ submissions: 10, valid: 5, members: 110, members_participating: 7 });
    expect(byId.get(1)!.figures.grassroots_participating).toBe(3);
    expect(byId.get(2)!.figures).toMatchObject({ submissions: 5, quota: 10, quota_percent: 50 });
    expect(byId.get(3)!.figures).toMatchObject({ submissions: 5, quota: null, quota_percent: null });
    // 2 and 3 tie at 5: both first; 7 has none: third.
    expect([2, 3, 7].map((id) => byId.get(id)!.rank)).toEqual([1, 1, 3]);
    expect(byId.get(7)!.figures.rate_percent).toBeNull();
  });
});
