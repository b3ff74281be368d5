/**
 * Password hashing with Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): ~14 ms per hash
 * on this machine's cores (ADR 0004).
 */
import { hash, verify, type Options } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (an ambient const enum the compiler cannot import here). */
const ARGON2ID = 2;

export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID as Options['algorithm'],
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A hash to verify against when the login is unknown, so both cases take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('không có tài khoản này');
  return decoy;
}
