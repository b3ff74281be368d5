import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '@sangkien/shared';
import { administrativeDate, lastDayOf } from './document-date.ts';

const at = (y: number, m: number, d: number, h = 0) => vietnamInstant(y, m, d, h)!;

describe('administrativeDate', () => {
  it.each([
    [at(2022, 1, 5), 'ngày 05 tháng 01 năm 2022'],
    [at(2022, 2, 28), 'ngày 28 tháng 02 năm 2022'],
    [at(2022, 6, 1), 'ngày 01 tháng 6 năm 2022'],
    [at(2021, 12, 15), 'ngày 15 tháng 12 năm 2021'],
    // 23:30 in Vietnam is still the same Vietnam day although UTC has not moved on.
    [at(2022, 3, 9, 23), 'ngày 09 tháng 3 năm 2022'],
    // 01:00 in Vietnam on 1 March is 28 February in UTC.
    [at(2022, 3, 1, 1), 'ngày 01 tháng 3 năm 2022'],
  ])('%s → %s', (date, text) => {
    expect(administrativeDate(date)).toBe(text);
  });
});

describe('lastDayOf', () => {
  it('gives the last day of an exclusive end', () => {
    expect(lastDayOf(at(2022, 6, 1))).toBe('31/05/2022');
  });
});
