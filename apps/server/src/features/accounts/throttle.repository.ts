/** SQL of the login throttle counters (shared by every server process through the database). */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { loginThrottles } from '../../db/schema/index.ts';
import type { ThrottleState } from './throttle.rules.ts';

/** Creates missing counters and locks all of `keys` for the rest of the transaction. */
export async function lockThrottles(
  db: DbOrTx,
  keys: readonly string[],
  now: Date,
): Promise<Map<string, ThrottleState>> {
  await db
    .insert(loginThrottles)
    .values(keys.map((key) => ({ key, failures: 0, windowStartedAt: now })))
    .onConflictDoNothing();
  const rows = await db
    .select()
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, [...keys]))
    .orderBy(loginThrottles.key)
    .for('update');
  return new Map(rows.map((r) => [r.key, r]));
}

/** The counters of `keys` as they are, without locking them. */
export async function readThrottles(db: DbOrTx, keys: readonly string[]): Promise<Map<string, ThrottleState>> {
  const rows = await db
    .select()
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, [...keys]));
  return new Map(rows.map((r) => [r.key, r]));
}

export async function writeThrottle(db: DbOrTx, key: string, state: ThrottleState): Promise<void> {
  await db.update(loginThrottles).set(state).where(eq(loginThrottles.key, key));
}

export async function clearThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
