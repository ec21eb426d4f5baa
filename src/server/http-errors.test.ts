import { describe, expect, it } from 'vitest';
import { type ErrorCode, errorCodes, isErrorCode } from '../contracts/error-codes.js';
import { failure, statusByCode, statusForCode } from './http-errors.js';

describe('error codes', () => {
  it('maps every listed code to an HTTP error status, and lists nothing else', () => {
    expect(Object.keys(statusByCode).sort()).toEqual([...errorCodes].sort());
    for (const code of errorCodes) {
      const status = statusForCode(code);
      expect({ code, status: status >= 400 && status < 600 }).toEqual({ code, status: true });
    }
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
  });

  it('keeps the statuses the clients rely on', () => {
    expect(statusForCode('not_found')).toBe(404);
    expect(statusForCode('auth.required')).toBe(401);
    expect(statusForCode('cv.version_conflict')).toBe(409);
    expect(statusForCode('password.too_short')).toBe(400);
  });

  it('does not let an unknown code compile', () => {
    // @ts-expect-error a code that is not in contracts/error-codes.ts
    const unknown: ErrorCode = 'partnership.made_up';
    expect(isErrorCode(unknown)).toBe(false);
    // @ts-expect-error the same for a failure thrown by a route
    expect(() => failure('made.up', 'x')).not.toThrow();
    expect(isErrorCode('not_found')).toBe(true);
  });
});
