/**
 * Sign-in throttling. Each attempt is counted as a failure before the password is checked, in
 * one locked step with the block check, so a burst of parallel guesses cannot slip past the
 * limit; a correct password then takes its count back.
 */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { clearThrottle, forgiveOneFailure, lockThrottles, writeThrottle } from './throttle.repository.ts';
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
    const states = await lockThrottles(tx, [keys.login, keys.address], now);
    const blocked = Math.max(waitMs(states.get(keys.login), now), waitMs(states.get(keys.address), now));
    if (blocked > 0) return blocked;
    await writeThrottle(tx, keys.login, afterFailure(states.get(keys.login), now, ACCOUNT_THROTTLE));
    await writeThrottle(tx, keys.address, afterFailure(states.get(keys.address), now, ADDRESS_THROTTLE));
    return 0;
  });
  if (wait > 0) throw tooManyAttempts(wait);
}

/** The attempt was right: its login starts afresh and the address forgets this one attempt. */
export async function attemptSucceeded(database: Database, keys: ThrottleKeys): Promise<void> {
  await database.db.transaction(async (tx) => {
    await clearThrottle(tx, keys.login);
    await forgiveOneFailure(tx, keys.address, ADDRESS_THROTTLE.limit);
  });
}
