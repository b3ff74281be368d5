import { describe, expect, it } from 'vitest';
import { parseVietnameseInteger } from './numbers.ts';

describe('whole numbers from spreadsheets', () => {
  it.each([
    ['4.955.909.731', 4955909731],
    ['4955909731', 4955909731],
    ['1.200.000.000', 1200000000],
    ['4 955 909 731', 4955909731],
    ['30.000.000 đ', 30000000],
    ['12000000 đồng', 12000000],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseVietnameseInteger(text)).toBe(value);
  });

  it.each(['1,5', '1.5', '12.34.567', 'mười', '-5', '', '1e9'])('%s is refused', (text) => {
    expect(parseVietnameseInteger(text)).toBeNull();
  });
});
