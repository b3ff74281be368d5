import { describe, expect, it } from 'vitest';
import { formatVietnamesePhone, looksLikePhone, normaliseVietnamesePhone } from './phone.ts';

describe('Vietnamese mobile numbers', () => {
  it.each([
    '0912 345 678',
    '+84912345678',
    '84912345678',
    '0912.345.678',
    '0912-345-678',
    '912345678',
    '0084912345678',
  ])('%s is +84912345678', (input) => {
    expect(normaliseVietnamesePhone(input)).toBe('+84912345678');
  });

  it.each(['123', '0212345678', '091234567', '09123456789', 'abc', '+1 415 555 0100'])(
    '%s is not a mobile number',
    (input) => {
      expect(normaliseVietnamesePhone(input)).toBeNull();
    },
  );

  it('writes a stored number the local way', () => {
    expect(formatVietnamesePhone('+84912345678')).toBe('0912 345 678');
  });

  it('tells a phone login from an e-mail login', () => {
    expect(looksLikePhone('0912 345 678')).toBe(true);
    expect(looksLikePhone('can.bo@congdoan.vn')).toBe(false);
  });
});
