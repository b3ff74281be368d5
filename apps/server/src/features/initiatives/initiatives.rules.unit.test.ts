import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@sangkien/shared';
import {
  availableTransitions,
  checkSubmissionWindow,
  checkTransition,
  contributionProblem,
  missingForSubmission,
  type ActorKind,
} from './initiatives.rules.ts';

/**
 * The status machine of product.md §2, written out independently of MOVES: for each target, the
 * statuses it may come from and who moves it there.
 */
const EXPECTED: Record<string, { from: InitiativeStatus[]; by: ActorKind } | undefined> = {
  draft: undefined,
  submitted: { from: ['draft', 'needs_revision'], by: 'submitter' },
  in_review: { from: ['submitted'], by: 'reviewer' },
  valid: { from: ['submitted', 'in_review'], by: 'reviewer' },
  invalid: { from: ['submitted', 'in_review'], by: 'reviewer' },
  needs_revision: { from: ['submitted', 'in_review'], by: 'reviewer' },
  withdrawn: { from: ['submitted', 'needs_revision'], by: 'submitter' },
};

const ACTORS: Array<{ name: string; kinds: Set<ActorKind> }> = [
  { name: 'nobody', kinds: new Set() },
  { name: 'submitter', kinds: new Set(['submitter']) },
  { name: 'reviewer', kinds: new Set(['reviewer']) },
  { name: 'submitter+reviewer', kinds: new Set(['submitter', 'reviewer']) },
];

const cells = INITIATIVE_STATUSES.flatMap((from) =>
  INITIATIVE_STATUSES.flatMap((to) => ACTORS.map((actor) => ({ from, to, actor }))),
);

describe('status machine: every (from, to, actor) cell', () => {
  it('has 7 × 7 × 4 cells', () => expect(cells).toHaveLength(196));

  it.each(cells.map((c) => [`${c.from} → ${c.to} by ${c.actor.name}`, c] as const))('%s', (_name, c) => {
    const rule = EXPECTED[c.to];
    const result = checkTransition(c.from, c.to, c.actor.kinds, 'lý do');
    if (!rule) expect(result).toEqual({ ok: false, error: 'no_such_move' });
    else if (!c.actor.kinds.has(rule.by)) expect(result).toEqual({ ok: false, error: 'forbidden' });
    else if (!rule.from.includes(c.from)) expect(result).toEqual({ ok: false, error: 'not_from_here' });
    else expect(result).toEqual({ ok: true });
    expect(availableTransitions(c.from, c.actor.kinds).includes(c.to)).toBe(result.ok);
  });
});

describe('reasons', () => {
  it.each([
    ['invalid', true],
    ['needs_revision', true],
    ['valid', false],
    ['in_review', false],
  ] as const)('%s needs a reason: %s', (to, needed) => {
    const reviewer = new Set<ActorKind>(['reviewer']);
    for (const reason of [undefined, null, '', '   ']) {
      expect(checkTransition('submitted', to, reviewer, reason).ok).toBe(!needed);
    }
    expect(checkTransition('submitted', to, reviewer, 'Trùng với sáng kiến đã có').ok).toBe(true);
  });
});

describe('submission window [starts_at, ends_at) in Vietnam time', () => {
  const phase = {
    name: 'Giai đoạn I',
    startsAt: new Date('2021-12-31T17:00:00Z'),
    endsAt: new Date('2022-05-31T17:00:00Z'),
  };
  it.each([
    ['a millisecond before it opens', new Date('2021-12-31T16:59:59.999Z'), false],
    ['the moment it opens', new Date('2021-12-31T17:00:00Z'), true],
    ['23:59:59 on the last day', new Date('2022-05-31T16:59:59Z'), true],
    ['24:00 on the last day (exclusive end)', new Date('2022-05-31T17:00:00Z'), false],
    ['a day later', new Date('2022-06-01T17:00:00Z'), false],
  ])('%s', (_name, now, ok) => {
    const check = checkSubmissionWindow('draft', phase, now);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.message).toMatch(/01\/06\/2022 00:00/);
  });
  it('names the opening time before it opens', () => {
    const check = checkSubmissionWindow('draft', phase, new Date('2021-12-01T00:00:00Z'));
    expect(check).toEqual({ ok: false, message: expect.stringContaining('01/01/2022 00:00') });
  });
  it('lets a returned initiative be resubmitted after the close (review goes on)', () => {
    expect(checkSubmissionWindow('needs_revision', phase, new Date('2022-07-01T00:00:00Z')).ok).toBe(true);
  });
});

describe('what a submission needs', () => {
  const full = { title: 'T', problem: 'P', solution: 'S', benefit: 'B', confidentiality: 'internal' };
  it('asks for the four plain things of the short form', () => {
    expect(missingForSubmission(full)).toEqual({});
    expect(
      Object.keys(missingForSubmission({ ...full, title: ' ', problem: null, solution: '', benefit: null })),
    ).toEqual(['title', 'problem', 'solution', 'benefit']);
  });
  it('lets a business secret give only a title and its benefit', () => {
    expect(missingForSubmission({ ...full, problem: null, solution: null, confidentiality: 'confidential' })).toEqual(
      {},
    );
  });
});

describe('contribution percentages', () => {
  it.each([
    [[], null],
    [[undefined, null], null],
    [[100], null],
    [[60, 40], null],
    [[33.33, 33.33, 33.34], null],
    [[60, 30], 'Tổng phải bằng 100% (đang là 90%)'],
    [[60, null], 'Nhập tỷ lệ cho mọi tác giả'],
  ] as const)('%j', (percents, problem) => {
    const found = contributionProblem(percents);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
