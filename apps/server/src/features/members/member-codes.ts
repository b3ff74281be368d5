/** Codes for members who register themselves (roster imports bring their own codes). */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `DK-7KQ2MX9P`: "DK" for đăng ký; 31⁸ codes make a clash a rare retry. */
export function newMemberCode(): string {
  let code = 'DK-';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
