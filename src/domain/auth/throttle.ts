/**
 * Growing delays after failed sign-ins (not a lock-out): after `freeFailures` failures each further
 * failure doubles the wait, from `baseDelayMs` up to `maxDelayMs`. A success clears the counter;
 * failures older than `forgetAfterMs` are forgotten.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

/** Per address: generous, since an office or a shelter shares one address. */
export const addressThrottle: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/**
 * Per account (from unknown devices): strict, but capped at one guess a minute so that a stranger can
 * slow an account down without locking its owner out; the owner's known device has its own counter.
 */
export const accountThrottle: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 60 * 60_000,
};

/** How long the caller must still wait, in whole seconds; 0 when a try is allowed now. */
export function secondsToWait(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  const ms = state.blockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** The state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const stale = !state || now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterMs;
  const failures = stale ? 1 : state.failures + 1;
  const over = failures - policy.freeFailures;
  const blockedUntil =
    over > 0
      ? new Date(now.getTime() + Math.min(policy.baseDelayMs * 2 ** (over - 1), policy.maxDelayMs))
      : null;
  return { failures, lastFailureAt: now, blockedUntil };
}
