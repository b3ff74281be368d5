import { describe, expect, it } from 'vitest';
import {
  closeProblem,
  effectiveDateProblem,
  mergeProblem,
  moveProblem,
  type TreeUnit,
} from './unit-lifecycle.rules.ts';

const now = new Date('2025-07-01T00:00:00Z');
const u = (id: number, path: number[], kind = 'district', validTo: Date | null = null): TreeUnit => ({
  id,
  code: `U${id}`,
  kind,
  path,
  validTo,
});
// 1 root → 2 province → 3 district → 4 grassroots; 2 → 5 district; 2 → 6 closed district.
const root = u(1, [1], 'national');
const province = u(2, [1, 2], 'province');
const district = u(3, [1, 2, 3]);
const grassroots = u(4, [1, 2, 3, 4], 'grassroots');
const sibling = u(5, [1, 2, 5]);
const closedDistrict = u(6, [1, 2, 6], 'district', new Date('2025-01-01T00:00:00Z'));

describe('moveProblem', () => {
  it.each([
    ['into its own subtree', district, grassroots, 'chính nó'],
    ['into itself', district, district, 'chính nó'],
    ['to the parent it already has', district, province, 'đã trực thuộc'],
    ['under a grassroots unit', grassroots, u(7, [1, 2, 5, 7], 'grassroots'), 'không thể có đơn vị trực thuộc'],
    ['under a closed unit', grassroots, closedDistrict, 'đã đóng'],
    ['to a sibling district', grassroots, sibling, null],
    ['a district to the root', district, root, null],
  ])('%s', (_name, unit, parent, expected) => {
    const problem = moveProblem(unit, parent, now);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem?.message).toContain(expected);
  });
});

describe('mergeProblem', () => {
  it.each([
    ['into itself', district, district, { members: 0, openChildren: 0 }, 'khác'],
    ['into its own child', district, grassroots, { members: 0, openChildren: 1 }, 'khác'],
    ['into a closed unit', district, closedDistrict, { members: 0, openChildren: 0 }, 'đã đóng'],
    [
      'members into a district',
      u(8, [1, 2, 3, 8], 'grassroots'),
      sibling,
      { members: 3, openChildren: 0 },
      'đoàn viên',
    ],
    [
      'children into a grassroots unit',
      district,
      u(9, [1, 2, 5, 9], 'grassroots'),
      { members: 0, openChildren: 2 },
      'trực thuộc',
    ],
    [
      'grassroots with members into grassroots',
      u(8, [1, 2, 3, 8], 'grassroots'),
      grassroots,
      { members: 3, openChildren: 0 },
      null,
    ],
    ['district with children into a district', district, sibling, { members: 0, openChildren: 4 }, null],
  ])('%s', (_name, unit, successor, contents, expected) => {
    const problem = mergeProblem(unit, successor, contents, now);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatchObject({ field: 'successor_code', message: expect.stringContaining(expected) });
  });
});

describe('closeProblem and effectiveDateProblem', () => {
  it('needs no open children and no members', () => {
    expect(closeProblem({ members: 0, openChildren: 2 })?.message).toContain('2 đơn vị trực thuộc');
    expect(closeProblem({ members: 5, openChildren: 0 })?.message).toContain('5 đoàn viên');
    expect(closeProblem({ members: 0, openChildren: 0 })).toBeNull();
  });
  it('keeps history in order', () => {
    const since = new Date('2025-06-01T00:00:00+07:00');
    expect(effectiveDateProblem(new Date('2025-05-31T00:00:00+07:00'), since)?.message).toContain('01/06/2025 00:00');
    expect(effectiveDateProblem(since, since)).toBeNull();
    expect(effectiveDateProblem(new Date('2020-01-01T00:00:00Z'), null)).toBeNull();
  });
});
