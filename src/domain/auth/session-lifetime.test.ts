import { describe, expect, it } from 'vitest';
import { absoluteExpiry, isSessionAlive, shouldTouchSession } from './session-lifetime.js';

const limits = { idleMs: 60 * 60_000, absoluteMs: 12 * 3_600_000 };
const start = new Date('2026-11-02T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('session lifetime', () => {
  const session = (lastSeenMinutes: number) => ({
    createdAt: start,
    lastSeenAt: at(lastSeenMinutes),
    expiresAt: absoluteExpiry(start, limits),
  });

  it('lives while used within the idle timeout', () => {
    expect(isSessionAlive(session(0), at(59), limits)).toBe(true);
    expect(isSessionAlive(session(0), at(60), limits)).toBe(false);
  });

  it('ends at the absolute lifetime even when used all the time', () => {
    expect(isSessionAlive(session(719), at(719.9), limits)).toBe(true);
    expect(isSessionAlive(session(719), at(720), limits)).toBe(false);
  });

  it('is touched at most once a minute', () => {
    expect(shouldTouchSession(session(0), at(0.5))).toBe(false);
    expect(shouldTouchSession(session(0), at(1))).toBe(true);
  });
});
