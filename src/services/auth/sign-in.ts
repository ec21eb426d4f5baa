import type { SessionResponse } from '../../contracts/auth.js';
import { findKnownDevice, insertKnownDevice } from '../../db/queries/sessions.js';
import { clearThrottle, findThrottle, saveThrottle } from '../../db/queries/sign-in-throttles.js';
import { findUserByEmail } from '../../db/queries/users.js';
import {
  accountThrottle,
  addressThrottle,
  recordFailure,
  secondsToWait,
} from '../../domain/auth/throttle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { generateToken, hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import { verifyPassword } from './passwords.js';
import { createSession, presentSession } from './sessions.js';

export interface SignInInput {
  email: string;
  password: string;
  /** The known-device cookie, if the browser has one. */
  deviceToken: string | null;
}

export interface SignedIn {
  token: string;
  response: SessionResponse;
  /** Set when this browser should now be remembered as a known device of the account. */
  newDeviceToken: string | null;
}

/**
 * Email and password sign-in with growing delays per address and per account. An owner's known device
 * has its own counter, so a stranger guessing at an account cannot lock its owner out.
 */
export async function signIn(deps: Deps, ctx: RequestContext, input: SignInInput): Promise<Result<SignedIn>> {
  const db = deps.db.kysely;
  const now = deps.now();
  const email = input.email.toLowerCase();
  const deviceHash = input.deviceToken ? hashToken(input.deviceToken) : null;
  const device = deviceHash ? await findKnownDevice(db, deviceHash) : undefined;
  const user = await findUserByEmail(db, email);
  const knownDevice = device && user && device.user_id === user.id;
  const addressKey = `ip:${ctx.ip ?? 'unknown'}`;
  const accountKey = knownDevice ? `device:${deviceHash}` : `account:${email}`;

  const [addressState, accountState] = await Promise.all([
    findThrottle(db, addressKey),
    findThrottle(db, accountKey),
  ]);
  const wait = Math.max(secondsToWait(addressState, now), secondsToWait(accountState, now));
  if (wait > 0) {
    await recordAuditEvent(db, ctx, now, {
      action: 'auth.sign_in',
      outcome: 'denied',
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      details: { email, reason: 'throttled', retryAfterSeconds: wait },
    });
    return fail('auth.throttled', `Too many failed attempts; try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  }

  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !passwordOk) {
    await inTransaction(deps, async (trx) => {
      await saveThrottle(trx, addressKey, recordFailure(addressState, now, addressThrottle));
      await saveThrottle(trx, accountKey, recordFailure(accountState, now, accountThrottle));
      await recordAuditEvent(trx, ctx, now, {
        action: 'auth.sign_in',
        outcome: 'failure',
        actorId: user?.id ?? null,
        actorRole: user?.role ?? null,
        details: { email, reason: user ? 'wrong_password' : 'unknown_account' },
      });
    });
    return fail('auth.invalid_credentials', 'The email address or password is not correct.');
  }
  if (user.disabled_at) {
    await recordAuditEvent(db, ctx, now, {
      action: 'auth.sign_in',
      outcome: 'failure',
      actorId: user.id,
      actorRole: user.role,
      details: { reason: 'account_disabled' },
    });
    return fail('auth.account_disabled', 'This account has been disabled.');
  }

  return inTransaction(deps, async (trx) => {
    await clearThrottle(trx, accountKey);
    const { token, session } = await createSession(trx, deps, ctx, user.id, false);
    let newDeviceToken: string | null = null;
    if (!knownDevice) {
      newDeviceToken = generateToken();
      await insertKnownDevice(trx, hashToken(newDeviceToken), user.id, now.toISOString());
    }
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.sign_in',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
    });
    return ok({ token, response: await presentSession(trx, user, session), newDeviceToken });
  });
}
