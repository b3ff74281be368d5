import { describe, expect, it } from 'vitest';
import {
  buildFigures,
  contributionDelta,
  percent,
  rankPositions,
  rankUnits,
  type Contribution,
} from './stats.rules.ts';

const base: Contribution = {
  unitId: 7,
  phaseId: 1,
  day: '2022-05-31',
  status: 'submitted',
  memberIds: [11, 12],
  benefitVndYear: 1_200,
};

describe('ranking with shared ties', () => {
  it.each([
    [
      [10, 8, 8, 5],
      [1, 2, 2, 4],
    ],
    [
      [3, 3, 3],
      [1, 1, 1],
    ],
    [
      [0, 5, 0],
      [2, 1, 2],
    ],
    [[], []],
  ])('%j ranks %j', (values, positions) => {
    const items = values.map((v, i) => ({ i, v }));
    const ranks = rankPositions(items, (x) => x.v);
    expect(items.map((x) => ranks.get(x))).toEqual(positions);
  });

  it('puts units without a value (no quota, no members) after every value', () => {
    const items = [{ v: null }, { v: 50 }, { v: 120 }];
    const ranks = rankPositions(items, (x) => x.v);
    expect(items.map((x) => ranks.get(x))).toEqual([3, 2, 1]);
  });

  it('lists ties by submissions, then valid, then name', () => {
    const unit = (name: string, submissions: number, valid: number) => ({
      name,
      figures: buildFigures(
        {
          submissions,
          valid,
          pending: submissions - valid,
          invalid: 0,
          benefit_vnd_year: 0,
          grassroots_participating: 0,
        },
        null,
        0,
        0,
      ),
    });
    const ranked = rankUnits(
      [unit('Tây', 12, 5), unit('Khác', 28, 0), unit('Mẫu', 28, 16), unit('Đông', 12, 5)],
      'submissions',
      (a, b) => a.localeCompare(b, 'vi'),
    );
    expect(ranked.map((u) => [u.name, u.position])).toEqual([
      ['Mẫu', 1],
      ['Khác', 1],
      ['Đông', 3],
      ['Tây', 3],
    ]);
  });
});

describe('percentages', () => {
  it.each([
    [28, 40, 70],
    [12, 10, 120],
    [5, 0, null],
    [5, null, null],
  ])('%d of %s is %s', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});

describe('aggregate deltas of one initiative', () => {
  it('a new submission adds one to submissions and pending, and to each author', () => {
    const delta = contributionDelta(null, base);
    expect(delta.stats).toEqual([
      { unitId: 7, phaseId: 1, benefitVndYear: 0, submissions: 1, valid: 0, pending: 1, invalid: 0 },
    ]);
    expect(delta.daily).toEqual([
      { unitId: 7, phaseId: 1, day: '2022-05-31', submissions: 1, valid: 0, pending: 1, invalid: 0 },
    ]);
    expect(delta.authors.map((a) => [a.memberId, a.submissions])).toEqual([
      [11, 1],
      [12, 1],
    ]);
  });

  it('validating moves one from pending to valid and adds the yearly benefit; authors unchanged', () => {
    const delta = contributionDelta(base, { ...base, status: 'valid' });
    expect(delta.stats).toEqual([
      { unitId: 7, phaseId: 1, benefitVndYear: 1_200, submissions: 0, valid: 1, pending: -1, invalid: 0 },
    ]);
    expect(delta.authors).toEqual([]);
  });

  it('a draft counts nowhere; withdrawing removes everything it counted', () => {
    expect(contributionDelta(null, { ...base, status: 'draft', day: null })).toEqual({
      stats: [],
      daily: [],
      authors: [],
    });
    const withdrawn = contributionDelta(base, { ...base, status: 'withdrawn' });
    expect(withdrawn.stats[0]).toMatchObject({ submissions: -1, pending: -1 });
    expect(withdrawn.authors.every((a) => a.submissions === -1)).toBe(true);
  });

  it('changing the co-authors of a returned initiative moves only their counts', () => {
    const before = { ...base, status: 'needs_revision' as const };
    const delta = contributionDelta(before, { ...before, memberIds: [11, 13] });
    expect(delta.stats).toEqual([]);
    expect(delta.authors.map((a) => [a.memberId, a.submissions])).toEqual([
      [12, -1],
      [13, 1],
    ]);
  });
});
