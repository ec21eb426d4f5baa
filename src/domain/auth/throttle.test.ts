import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountThrottle, recordFailure, secondsToWait, type ThrottleState } from './throttle.js';

const t0 = new Date('2026-11-02T09:00:00Z');

function failTimes(n: number, at: Date): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = recordFailure(state, at, accountThrottle);
  return state;
}

describe('sign-in throttle', () => {
  it('lets the first failures through without delay', () => {
    expect(secondsToWait(failTimes(accountThrottle.freeFailures, t0), t0)).toBe(0);
  });

  it('doubles the delay after each further failure', () => {
    expect(secondsToWait(failTimes(6, t0), t0)).toBe(2);
    expect(secondsToWait(failTimes(7, t0), t0)).toBe(4);
    expect(secondsToWait(failTimes(8, t0), t0)).toBe(8);
  });

  it('never waits longer than the cap, so it is a delay and not a lock-out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        expect(secondsToWait(failTimes(n, t0), t0)).toBeLessThanOrEqual(accountThrottle.maxDelayMs / 1000);
      }),
    );
  });

  it('forgets failures after an hour of quiet', () => {
    const state = failTimes(9, t0);
    const later = new Date(t0.getTime() + accountThrottle.forgetAfterMs + 1);
    expect(recordFailure(state, later, accountThrottle).failures).toBe(1);
  });

  it('allows a try once the delay has passed', () => {
    const state = failTimes(7, t0);
    expect(secondsToWait(state, new Date(t0.getTime() + 4_000))).toBe(0);
  });
});
