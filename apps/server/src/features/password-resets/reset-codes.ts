/** One-time reset codes an admin reads out to a member: `7KQ2M-X9P4T`, easy to say and type. */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RESET_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** 10 characters of 31: ~49 bits, with login throttling in front of every guess. */
export function newResetCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What is hashed: spaces, dashes and case do not matter when the member types it. */
export const cleanResetCode = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();
