import { describe, expect, it } from 'vitest';
import { currentTotpCode, verifyTotpCode } from './totp.js';

// RFC 6238 appendix B test key (SHA-1): "12345678901234567890".
const key = new TextEncoder().encode('12345678901234567890');

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(currentTotpCode(key, new Date(59 * 1000))).toBe('287082');
    expect(currentTotpCode(key, new Date(1111111109 * 1000))).toBe('081804');
    expect(currentTotpCode(key, new Date(2000000000 * 1000))).toBe('279037');
  });

  it('accepts one step of drift either way and nothing beyond', () => {
    const now = new Date(1111111109 * 1000);
    const previous = currentTotpCode(key, new Date(now.getTime() - 30_000));
    const next = currentTotpCode(key, new Date(now.getTime() + 30_000));
    const tooOld = currentTotpCode(key, new Date(now.getTime() - 90_000));
    expect(verifyTotpCode(key, previous, now, null)).not.toBeNull();
    expect(verifyTotpCode(key, next, now, null)).not.toBeNull();
    expect(verifyTotpCode(key, tooOld, now, null)).toBeNull();
  });

  it('never accepts a time step that was used already', () => {
    const now = new Date(1111111109 * 1000);
    const code = currentTotpCode(key, now);
    const counter = verifyTotpCode(key, code, now, null);
    expect(counter).not.toBeNull();
    expect(verifyTotpCode(key, code, now, counter)).toBeNull();
    const later = new Date(now.getTime() + 30_000);
    expect(verifyTotpCode(key, currentTotpCode(key, later), later, counter)).toBe(counter! + 1);
  });

  it('refuses anything that is not six digits', () => {
    expect(verifyTotpCode(key, '28708', new Date(59_000), null)).toBeNull();
    expect(verifyTotpCode(key, '2870821', new Date(59_000), null)).toBeNull();
    expect(verifyTotpCode(key, 'abcdef', new Date(59_000), null)).toBeNull();
  });
});
