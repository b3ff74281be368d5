/** A login as typed (any written form of a Vietnamese mobile number, or an e-mail) → its stored form. */
import { looksLikePhone, normaliseVietnamesePhone } from '@sangkien/shared';

export type LoginId = { kind: 'phone'; value: string } | { kind: 'email'; value: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseLoginId(input: string): LoginId | null {
  const text = input.normalize('NFC').trim();
  if (looksLikePhone(text)) {
    const phone = normaliseVietnamesePhone(text);
    return phone ? { kind: 'phone', value: phone } : null;
  }
  if (EMAIL.test(text)) return { kind: 'email', value: text.toLowerCase() };
  return null;
}

export const loginKey = (id: LoginId) => `${id.kind}:${id.value}`;
