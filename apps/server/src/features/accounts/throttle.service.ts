/**
 * Sign-in throttling. Each attempt is counted against its login before the password is checked,
 * in one locked step with the block check, so a burst of parallel guesses at one account cannot
 * slip past its limit; a correct password then clears it. The address counts real failures only,
 * so the successful logins of a whole factory behind one address never queue on its row.
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { clearThrottle, lockThrottles, readThrottles, writeThrottle } from './throttle.repository.ts';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, afterFailure, waitMinutes, waitMs } from './throttle.rules.ts';

export interface ThrottleKeys {
  /** `login:phone:+84…` or `login:email:…`; also for unknown logins, so nothing is revealed. */
  login: string;
  address: string;
}

export const throttleKeys = (loginKey: string, ip: string): ThrottleKeys => ({
  login: `login:${loginKey}`,
  address: `ip:${ip}`,
});

export function tooManyAttempts(ms: number): AppError {
  return new AppError(
    'too_many_requests',
    `Bạn đã nhập sai quá nhiều lần. Hãy thử lại sau ${waitMinutes(ms)} phút.`,
    undefined,
    { 'retry-after': String(Math.ceil(ms / 1000)) },
  );
}

/** Throws 429 with the wait while the login or the address is blocked; else counts this attempt. */
export async function beginAttempt(database: Database, keys: ThrottleKeys, now: Date): Promise<void> {
  const wait = await database.db.transaction(async (tx) => {
    const login = (await lockThrottles(tx, [keys.login], now)).get(keys.login);
    const address = (await readThrottles(tx, [keys.address])).get(keys.address);
    const blocked = Math.max(waitMs(login, now), waitMs(address, now));
    if (blocked > 0) return blocked;
    await writeThrottle(tx, keys.login, afterFailure(login, now, ACCOUNT_THROTTLE));
    return 0;
  });
  if (wait > 0) throw tooManyAttempts(wait);
}

/** The attempt was wrong: the address counts it too (the login already has). */
export async function attemptFailed(database: Database, keys: ThrottleKeys, now: Date): Promise<void> {
  await database.db.transaction(async (tx) => {
    const address = (await lockThrottles(tx, [keys.address], now)).get(keys.address);
    await writeThrottle(tx, keys.address, afterFailure(address, now, ADDRESS_THROTTLE));
  });
}

/** The attempt was right: its login starts afresh. */
export async function attemptSucceeded(database: Database, keys: ThrottleKeys): Promise<void> {
  await clearThrottle(database.db, keys.login);
}
