export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** A session ends when idle too long or past its absolute lifetime, whichever comes first. */
export function isSessionAlive(session: SessionTimes, now: Date, limits: SessionLimits): boolean {
  if (now.getTime() >= session.expiresAt.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < limits.idleMs;
}

/** Touch the session at most once a minute, so reads do not turn into a write each. */
export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= 60_000;
}

export function absoluteExpiry(createdAt: Date, limits: SessionLimits): Date {
  return new Date(createdAt.getTime() + limits.absoluteMs);
}
