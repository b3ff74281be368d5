/** Short join codes members type (or scan as QR) to register into their grassroots unit. */
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: easy to read aloud and to type on a phone. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function randomJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
