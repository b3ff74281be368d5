import { describe, expect, it } from 'vitest';
import {
  criteriaErrors,
  DEFAULT_CRITERIA,
  higherLevel,
  isOverdue,
  levelOfUnitKind,
  mayNominate,
  passesTwoThirds,
  recognitionDeadline,
  recusedAccountIds,
  scoreSheet,
  votesNeeded,
} from './councils.rules.ts';

describe('the 2/3 rule', () => {
  it.each([
    [3, 3, true],
    [2, 3, true],
    [1, 3, false],
    [0, 3, false],
    [3, 5, false],
    [4, 5, true],
    [4, 6, true],
    [3, 6, false],
    [5, 7, true],
    [4, 7, false],
    [1, 1, true],
    [0, 1, false],
    [0, 0, false],
    [2, 2, true],
    [1, 2, false],
  ])('%i of %i votes to recognise → %s', (votes, eligible, passes) => {
    expect(passesTwoThirds(votes, eligible)).toBe(passes);
    if (eligible > 0) expect(passesTwoThirds(votesNeeded(eligible), eligible)).toBe(true);
    if (eligible > 0) expect(passesTwoThirds(votesNeeded(eligible) - 1, eligible)).toBe(false);
  });
});

describe('recusal', () => {
  const seats = [
    { accountId: 1, memberId: 10 },
    { accountId: 2, memberId: 20 },
    { accountId: 3, memberId: null },
  ];
  it.each([
    [[10], [1]],
    [
      [10, 20],
      [1, 2],
    ],
    [[30], []],
    [[], []],
  ])('authors %j → recused accounts %j', (authors, recused) => {
    expect(recusedAccountIds(seats, authors)).toEqual(recused);
  });
});

describe('scoring totals', () => {
  it.each([
    [{ novelty: 30, applicability: 30, benefit: 40 }, 100, []],
    [{ novelty: 0, applicability: 0, benefit: 0 }, 0, []],
    [{ novelty: 25, applicability: 20, benefit: 33 }, 78, []],
    [{ novelty: 31, applicability: 20, benefit: 33 }, 53, ['points.novelty']],
    [{ novelty: 10, applicability: 20 }, 30, ['points.benefit']],
    [{ novelty: 10, applicability: 20, benefit: 5.5 }, 30, ['points.benefit']],
    [{ novelty: 10, applicability: 20, benefit: -1 }, 30, ['points.benefit']],
    [{ novelty: 10, applicability: 20, benefit: 5, style: 3 }, 35, ['points.style']],
  ])('%j → %i, errors on %j', (points, total, errorFields) => {
    const result = scoreSheet(DEFAULT_CRITERIA, points);
    expect(result.total).toBe(total);
    expect(Object.keys(result.errors).sort()).toEqual([...errorFields].sort());
  });

  it.each([
    [DEFAULT_CRITERIA, []],
    [[], ['criteria']],
    [
      [
        { key: 'a', label: 'A', max_points: 10 },
        { key: 'a', label: 'B', max_points: 0 },
      ],
      ['criteria.1.key', 'criteria.1.max_points'],
    ],
  ])('criteria errors %#', (criteria, fields) => {
    expect(Object.keys(criteriaErrors(criteria)).sort()).toEqual(fields);
  });
});

describe('the three-month limit from acceptance (Vietnam days)', () => {
  it.each([
    ['2022-01-19T15:52:00+07:00', '2022-04-20T00:00:00+07:00'],
    ['2022-11-30T08:00:00+07:00', '2023-03-01T00:00:00+07:00'],
    ['2023-11-30T08:00:00+07:00', '2024-03-01T00:00:00+07:00'],
    ['2022-12-31T23:30:00+07:00', '2023-04-01T00:00:00+07:00'],
    // 20:00 UTC on 31 May is already 1 June in Vietnam.
    ['2022-05-31T20:00:00Z', '2022-09-02T00:00:00+07:00'],
  ])('accepted %s → ends (exclusive) %s', (accepted, end) => {
    expect(recognitionDeadline(new Date(accepted)).toISOString()).toBe(new Date(end).toISOString());
  });

  it.each([
    ['2022-04-19T23:59:00+07:00', null, false],
    ['2022-04-20T00:00:00+07:00', null, true],
    ['2022-06-01T00:00:00+07:00', '2022-04-10T10:00:00+07:00', false],
    ['2022-06-01T00:00:00+07:00', '2022-04-20T10:00:00+07:00', true],
  ])('now %s, decided %s → overdue %s', (now, decided, overdue) => {
    const accepted = new Date('2022-01-19T15:52:00+07:00');
    expect(isOverdue(accepted, decided ? new Date(decided) : null, new Date(now))).toBe(overdue);
  });
});

describe('the outstanding ladder', () => {
  it.each([
    ['grassroots', 'grassroots'],
    ['district', 'district'],
    ['sector', 'district'],
    ['industrial_zone', 'district'],
    ['province', 'province'],
    ['national', 'national'],
  ])('%s → %s', (kind, level) => expect(levelOfUnitKind(kind)).toBe(level));

  it.each([
    [null, 'district', 'district'],
    ['province', 'district', 'province'],
    ['district', 'national', 'national'],
  ] as const)('higher of %s and %s → %s', (a, b, c) => expect(higherLevel(a, b)).toBe(c));

  it.each([
    [5, { unitId: 5, recognised: true, recognisedByUnitIds: [] }, [], true],
    [5, { unitId: 5, recognised: false, recognisedByUnitIds: [] }, [], false],
    [2, { unitId: 5, recognised: true, recognisedByUnitIds: [2] }, [], true],
    [2, { unitId: 5, recognised: true, recognisedByUnitIds: [] }, [2], true],
    [2, { unitId: 5, recognised: true, recognisedByUnitIds: [] }, [], false],
  ])('unit %i may nominate %j selected by %j → %s', (unit, initiative, selected, may) => {
    expect(mayNominate(unit, initiative, selected)).toBe(may);
  });
});
