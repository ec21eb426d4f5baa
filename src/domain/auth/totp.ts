import { generateHOTP } from '@oslojs/otp';

export const totpPeriodSeconds = 30;

/**
 * Checks a six-digit TOTP code at `now`, allowing one step of clock drift either way, and refuses
 * any time step at or before `lastUsedCounter` so a code can never be used twice.
 * Returns the counter to store on success, or null.
 */
export function verifyTotpCode(
  key: Uint8Array,
  code: string,
  now: Date,
  lastUsedCounter: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
  for (const counter of [current - 1, current, current + 1]) {
    if (lastUsedCounter !== null && counter <= lastUsedCounter) continue;
    if (constantTimeEqual(generateHOTP(key, BigInt(counter), 6), code)) return counter;
  }
  return null;
}

/** The code an authenticator app shows at `now` (used by tests and the CLI). */
export function currentTotpCode(key: Uint8Array, now: Date): string {
  return generateHOTP(key, BigInt(Math.floor(now.getTime() / 1000 / totpPeriodSeconds)), 6);
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
