/**
 * Vietnamese mobile numbers: `0912 345 678`, `+84912345678`, `84912345678`, `0912.345.678`
 * are one number, stored as `+84912345678`.
 */
const MOBILE = /^0[35789]\d{8}$/;

export function normaliseVietnamesePhone(input: string): string | null {
  let digits = input.trim().replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (digits.startsWith('0084')) digits = '0' + digits.slice(4);
  else if (digits.startsWith('84') && digits.length === 11) digits = '0' + digits.slice(2);
  else if (/^[35789]\d{8}$/.test(digits)) digits = '0' + digits;
  if (!MOBILE.test(digits)) return null;
  return '+84' + digits.slice(1);
}

/** `+84912345678` → `0912 345 678`, the way Vietnamese people write it. */
export function formatVietnamesePhone(stored: string): string {
  const local = stored.startsWith('+84') ? '0' + stored.slice(3) : stored;
  return local.length === 10 ? `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}` : local;
}

/** True when the text looks like a phone number rather than an e-mail address. */
export function looksLikePhone(input: string): boolean {
  return /^[+\d][\d\s.\-()]{6,}$/.test(input.trim());
}
