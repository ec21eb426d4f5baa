import type { Kysely } from 'kysely';
import type { SessionResponse } from '../../contracts/auth.js';
import {
  deleteSession,
  findSession,
  insertSession,
  type SessionRow,
  touchSession,
} from '../../db/queries/sessions.js';
import { findAssociationName, findUserById, type UserRow } from '../../db/queries/users.js';
import type { Database } from '../../db/schema.js';
import { requiresTwoFactor } from '../../domain/accounts/roles.js';
import { absoluteExpiry, isSessionAlive, shouldTouchSession } from '../../domain/auth/session-lifetime.js';
import { hasSecondFactor, sessionState } from '../../domain/auth/session-state.js';
import type { Deps, RequestContext } from '../context.js';
import { generateToken, hashToken } from '../secrets/tokens.js';

export interface ValidSession {
  session: SessionRow;
  user: UserRow;
}

function limits(deps: Deps) {
  return { idleMs: deps.config.sessionIdleMs, absoluteMs: deps.config.sessionAbsoluteMs };
}

/** Starts a new session (a fresh token at every sign-in); only the token's hash is stored. */
export async function createSession(
  db: Kysely<Database>,
  deps: Deps,
  ctx: RequestContext,
  userId: string,
  twoFactorVerified: boolean,
): Promise<{ token: string; session: SessionRow }> {
  const token = generateToken();
  const now = deps.now();
  const session: SessionRow = {
    id: hashToken(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: absoluteExpiry(now, limits(deps)).toISOString(),
    two_factor_verified: twoFactorVerified ? 1 : 0,
    ip: ctx.ip,
    user_agent: ctx.userAgent?.slice(0, 300) ?? null,
    reauthenticated_at: null,
  };
  await insertSession(db, session);
  return { token, session };
}

/** The session and account behind a cookie token, or null when unknown, idle, expired or disabled. */
export async function validateSessionToken(deps: Deps, token: string): Promise<ValidSession | null> {
  const db = deps.db.kysely;
  const session = await findSession(db, hashToken(token));
  if (!session) return null;
  const now = deps.now();
  const times = {
    createdAt: new Date(session.created_at),
    lastSeenAt: new Date(session.last_seen_at),
    expiresAt: new Date(session.expires_at),
  };
  if (!isSessionAlive(times, now, limits(deps))) {
    await deleteSession(db, session.id);
    return null;
  }
  const user = await findUserById(db, session.user_id);
  if (!user || user.disabled_at) {
    await deleteSession(db, session.id);
    return null;
  }
  if (shouldTouchSession(times, now)) await touchSession(db, session.id, now.toISOString());
  return { session, user };
}

export async function endSession(deps: Deps, sessionId: string): Promise<void> {
  await deleteSession(deps.db.kysely, sessionId);
}

/** The session as the web app sees it. */
export async function presentSession(
  db: Kysely<Database>,
  user: UserRow,
  session: SessionRow,
): Promise<SessionResponse> {
  const role = user.role;
  const secondFactor = hasSecondFactor({
    role,
    hasTotp: user.totp_key !== null,
    passkeys: user.passkey_count,
  });
  return {
    state: sessionState({
      role,
      hasSecondFactor: secondFactor,
      twoFactorVerified: session.two_factor_verified === 1,
    }),
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role,
      associationId: user.association_id,
      associationName: await findAssociationName(db, user.association_id),
      locale: user.locale,
      phone: user.phone,
    },
    twoFactor: {
      enrolled: secondFactor,
      required: requiresTwoFactor(role),
      totp: user.totp_key !== null,
      passkeys: user.passkey_count,
    },
    expiresAt: session.expires_at,
  };
}
