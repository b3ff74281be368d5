import { describe, expect, it } from 'vitest';
import type { Role } from '@sangkien/shared';
import {
  canAdminister,
  canReadRoster,
  canRestructure,
  canSeeUnit,
  hasRole,
  scopeRootIds,
  type Actor,
  type Grant,
} from './access.policy.ts';

// Tree: 1 root → 2 province → 3 district → 4 grassroots; 2 → 5 district (sibling of 3) → 6 grassroots.
const PATHS: Record<number, number[]> = {
  1: [1],
  2: [1, 2],
  3: [1, 2, 3],
  4: [1, 2, 3, 4],
  5: [1, 2, 5],
  6: [1, 2, 5, 6],
};
const unit = (id: number) => ({ id, path: PATHS[id]! });

function actor(grants: Array<[Role, number]>, memberUnit: number | null = null): Actor {
  return {
    accountId: 1,
    displayName: 'thử',
    memberId: memberUnit ? 1 : null,
    memberCode: memberUnit ? 'M1' : null,
    memberUnit: memberUnit ? { id: memberUnit, code: `U${memberUnit}`, name: '', path: PATHS[memberUnit]! } : null,
    grants: grants.map(([role, id], i): Grant => ({
      id: i,
      role,
      unitId: id,
      unitCode: `U${id}`,
      unitName: '',
      unitPath: PATHS[id]!,
    })),
    via: 'session',
    sessionId: null,
    csrfToken: null,
  };
}

describe('a role holds on the whole subtree and nowhere else', () => {
  const districtAdmin = actor([['admin', 3]]);
  it.each([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
    [5, false],
    [6, false],
  ])('admin of 3 administers %i: %s', (id, expected) => {
    expect(canAdminister(districtAdmin, unit(id))).toBe(expected);
    expect(canSeeUnit(districtAdmin, unit(id))).toBe(expected);
  });
});

describe('policy table', () => {
  const cases: Array<[string, Actor | null, number, Record<string, boolean>]> = [
    ['anonymous', null, 3, { see: false, admin: false, restructure: false, roster: false }],
    ['viewer of 3 on 3', actor([['viewer', 3]]), 3, { see: true, admin: false, restructure: false, roster: false }],
    [
      'supporter of 3 on 4',
      actor([['supporter', 3]]),
      4,
      { see: true, admin: false, restructure: false, roster: true },
    ],
    ['admin of 3 on 3', actor([['admin', 3]]), 3, { see: true, admin: true, restructure: false, roster: true }],
    ['admin of 3 on 4', actor([['admin', 3]]), 4, { see: true, admin: true, restructure: true, roster: true }],
    ['admin of 2 on 3', actor([['admin', 2]]), 3, { see: true, admin: true, restructure: true, roster: true }],
    ['admin of 1 on the root', actor([['admin', 1]]), 1, { see: true, admin: true, restructure: false, roster: true }],
    ['member of 4 on 4', actor([], 4), 4, { see: true, admin: false, restructure: false, roster: false }],
    ['member of 4 on its parent 3', actor([], 4), 3, { see: false, admin: false, restructure: false, roster: false }],
    ['member of 4 on 6', actor([], 4), 6, { see: false, admin: false, restructure: false, roster: false }],
    [
      'reviewer of 5 on 3',
      actor([['reviewer', 5]]),
      3,
      { see: false, admin: false, restructure: false, roster: false },
    ],
  ];
  for (const [name, who, id, expected] of cases) {
    it(name, () => {
      expect({
        see: canSeeUnit(who, unit(id)),
        admin: canAdminister(who, unit(id)),
        restructure: canRestructure(who, unit(id)),
        roster: canReadRoster(who, unit(id)),
      }).toEqual(expected);
    });
  }
});

describe('hasRole and scopeRootIds', () => {
  it('matches any of several roles', () => {
    expect(hasRole(actor([['council', 3]]), ['reviewer', 'council'], PATHS[4]!)).toBe(true);
    expect(hasRole(actor([['council', 3]]), 'reviewer', PATHS[4]!)).toBe(false);
  });
  it('keeps only the outermost units of nested grants', () => {
    expect(
      scopeRootIds(
        actor([
          ['viewer', 4],
          ['admin', 2],
          ['reviewer', 6],
        ]),
      ).sort(),
    ).toEqual([2]);
    expect(
      scopeRootIds(
        actor([
          ['viewer', 4],
          ['admin', 5],
        ]),
      ).sort(),
    ).toEqual([4, 5]);
    expect(
      scopeRootIds(
        actor([
          ['viewer', 4],
          ['admin', 5],
        ]),
        ['admin'],
      ),
    ).toEqual([5]);
    expect(scopeRootIds(null)).toEqual([]);
  });
});
