import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from './format.ts';

describe('Vietnamese formats', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(21725)).toBe('21.725');
    expect(formatNumber(4955909731)).toBe('4.955.909.731');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(724.2)).toBe('724,2%');
    expect(formatPercent(53)).toBe('53,0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('writes money in đồng', () => {
    expect(formatMoney(4955909731)).toBe('4.955.909.731 đ');
  });

  it('writes dates day first in Vietnam time', () => {
    expect(formatDate('2022-05-31T16:59:00Z')).toBe('31/05/2022');
    expect(formatDate('2022-05-31T17:00:00Z')).toBe('01/06/2022');
    expect(formatDateTime('2022-05-31T16:59:00Z')).toBe('31/05/2022 23:59');
  });
});
