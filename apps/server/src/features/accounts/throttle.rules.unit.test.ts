import { describe, expect, it } from 'vitest';
import { ACCOUNT_THROTTLE, afterFailure, waitMinutes, waitMs, type ThrottleState } from './throttle.rules.ts';

const t0 = new Date('2026-01-01T00:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

function failures(times: number[]): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (const ms of times) state = afterFailure(state, plus(ms), ACCOUNT_THROTTLE);
  return state;
}

describe('afterFailure (account policy: 5 failures, 15-minute window)', () => {
  const cases: Array<[string, number[], number, number]> = [
    // name, failure times (ms after t0), expected failures, expected wait at the last failure (ms)
    ['one failure does not block', [0], 1, 0],
    ['four failures do not block', [0, 1, 2, 3], 4, 0],
    ['the fifth blocks for a minute', [0, 1, 2, 3, 4], 5, MIN],
    ['the sixth (after the block) blocks for two', [0, 1, 2, 3, 4, 4 + MIN], 6, 2 * MIN],
    ['the seventh for four', [0, 1, 2, 3, 4, 4 + MIN, 4 + 3 * MIN], 7, 4 * MIN],
    ['waits stop growing at an hour', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 12, 60 * MIN],
    ['15 quiet minutes start the count again', [0, 1, 2, 3, 16 * MIN], 1, 0],
    ['quiet time counts from the end of a block', [0, 1, 2, 3, 4, 4 + 14 * MIN], 6, 2 * MIN],
    ['after a block and 15 quiet minutes, fresh', [0, 1, 2, 3, 4, 4 + MIN + 16 * MIN], 1, 0],
  ];
  for (const [name, times, count, wait] of cases) {
    it(name, () => {
      const state = failures(times)!;
      expect(state.failures).toBe(count);
      expect(waitMs(state, plus(times.at(-1)!))).toBe(wait);
    });
  }
});

describe('waitMinutes', () => {
  it.each([
    [1, 1],
    [60_000, 1],
    [60_001, 2],
    [3_600_000, 60],
  ])('%i ms → %i minutes', (ms, minutes) => expect(waitMinutes(ms)).toBe(minutes));
});
