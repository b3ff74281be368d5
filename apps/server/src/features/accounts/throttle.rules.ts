/**
 * Login throttling: failures are counted per login (the account) and per address. An account
 * is blocked after a few failures; an address only after many, so a whole factory behind one
 * NAT is not locked out by its workers' typos. Each further failure doubles the wait.
 */

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export interface ThrottlePolicy {
  /** Failures allowed before the first block. */
  limit: number;
  /** Quiet time after which the count starts again. */
  windowMs: number;
  firstBlockMs: number;
  maxBlockMs: number;
}

const MINUTE = 60_000;

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  limit: 5,
  windowMs: 15 * MINUTE,
  firstBlockMs: MINUTE,
  maxBlockMs: 60 * MINUTE,
};

/** Generous: hundreds of people share one address at a factory gate. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  limit: 100,
  windowMs: 15 * MINUTE,
  firstBlockMs: MINUTE,
  maxBlockMs: 30 * MINUTE,
};

/** Milliseconds left to wait, or 0 when a login may be tried now. */
export function waitMs(state: ThrottleState | undefined, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

function isStale(state: ThrottleState, now: Date, policy: ThrottlePolicy): boolean {
  const lastActivity = Math.max(state.windowStartedAt.getTime(), state.blockedUntil?.getTime() ?? 0);
  return now.getTime() - lastActivity > policy.windowMs;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): ThrottleState {
  const fresh = !state || isStale(state, now, policy);
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  if (failures < policy.limit) return { failures, windowStartedAt, blockedUntil: fresh ? null : state.blockedUntil };
  const block = Math.min(policy.firstBlockMs * 2 ** (failures - policy.limit), policy.maxBlockMs);
  return { failures, windowStartedAt, blockedUntil: new Date(now.getTime() + block) };
}

/** Whole minutes to tell the person (at least 1). */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}
