import { randomUUID } from 'node:crypto';
import {
  decodeBase32IgnorePadding,
  decodeBase64,
  encodeBase32UpperCaseNoPadding,
  encodeBase64,
} from '@oslojs/encoding';
import { createTOTPKeyURI } from '@oslojs/otp';
import type { SessionResponse } from '../../contracts/auth.js';
import {
  consumeRecoveryCode,
  deleteSessionsOfUser,
  insertSession,
  markSessionTwoFactorVerified,
  replaceRecoveryCodes,
} from '../../db/queries/sessions.js';
import { clearThrottle, findThrottle, saveThrottle } from '../../db/queries/sign-in-throttles.js';
import { findUserById, updateUser } from '../../db/queries/users.js';
import { isRecentlyAuthenticated } from '../../domain/auth/passkeys.js';
import {
  hasSecondFactor,
  mayEnrolTwoFactor,
  type SessionState,
  sessionState,
} from '../../domain/auth/session-state.js';
import { accountThrottle, recordFailure, secondsToWait } from '../../domain/auth/throttle.js';
import { verifyTotpCode } from '../../domain/auth/totp.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { signInChangedEmail } from '../mail/messages.js';
import { hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import { presentSession, type ValidSession } from './sessions.js';

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function stateOf(current: ValidSession): SessionState {
  return sessionState({
    role: current.user.role,
    hasSecondFactor: hasSecondFactor({
      role: current.user.role,
      hasTotp: current.user.totp_key !== null,
      passkeys: current.user.passkey_count,
    }),
    twoFactorVerified: current.session.two_factor_verified === 1,
  });
}

const secondFactorFirst = () =>
  fail('auth.two_factor_required', 'Confirm your sign-in with your second factor first.');

const confirmItIsYou = () =>
  fail(
    'auth.reauthentication_required',
    'Confirm it is you: enter your password again before changing how you sign in.',
  );

/**
 * A fully signed-in session changes a sign-in method only soon after a sign-in or a re-entered
 * password; one that must set up two-factor first has just given its password.
 */
function recentEnough(current: ValidSession, now: Date): boolean {
  return stateOf(current) !== 'signed_in' || isRecentlyAuthenticated(current.session, now);
}

/** A fresh TOTP secret for the authenticator app; it is stored only once a code from it is confirmed. */
export function beginTwoFactorSetup(
  current: ValidSession,
  now: Date,
): Result<{ secret: string; uri: string }> {
  if (!mayEnrolTwoFactor(stateOf(current))) return secondFactorFirst();
  if (!recentEnough(current, now)) return confirmItIsYou();
  const key = new Uint8Array(20);
  crypto.getRandomValues(key);
  return ok({
    secret: encodeBase32UpperCaseNoPadding(key),
    uri: createTOTPKeyURI('Mentor2Work', current.user.email, key, 30, 6),
  });
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Ten recovery codes of 25 characters from a 31-letter alphabet (5 x log2(31) = 24.8 bits per group,
 * 123.9 bits per code), so a plain SHA-256 of each is enough to store them (ASVS 6.5.2 asks for a
 * password hash below 112 bits). Characters are drawn without modulo bias; grouped by five to copy.
 */
function newRecoveryCodes(): { plain: string[]; hashed: Array<{ id: string; hash: string }> } {
  const limit = 256 - (256 % recoveryAlphabet.length);
  const draw = (count: number): string => {
    let out = '';
    while (out.length < count) {
      const bytes = new Uint8Array(count * 2);
      crypto.getRandomValues(bytes);
      for (const b of bytes) {
        if (b < limit && out.length < count) out += recoveryAlphabet[b % recoveryAlphabet.length];
      }
    }
    return out;
  };
  const plain = Array.from({ length: 10 }, () => draw(25).match(/.{5}/g)?.join('-') ?? '');
  return {
    plain,
    hashed: plain.map((code) => ({ id: randomUUID(), hash: hashToken(normaliseRecoveryCode(code)) })),
  };
}

/** Confirms the first code from a new secret, stores the secret encrypted and returns recovery codes. */
export async function enableTwoFactor(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: { secret: string; code: string },
): Promise<Result<{ recoveryCodes: string[] }>> {
  if (!mayEnrolTwoFactor(stateOf(current))) return secondFactorFirst();
  // Adding or replacing an authenticator app changes how the account signs in: only soon after
  // proving it (a stolen old cookie could otherwise lock the owner out with its own app).
  if (!recentEnough(current, deps.now())) return confirmItIsYou();
  let key: Uint8Array;
  try {
    key = decodeBase32IgnorePadding(input.secret.toUpperCase().replace(/\s/g, ''));
  } catch {
    return fail('validation.failed', 'The secret is not valid base32.', [
      { path: ['secret'], code: 'invalid_format', message: 'not base32' },
    ]);
  }
  if (key.length < 16)
    return fail('validation.failed', 'The secret is too short.', [
      { path: ['secret'], code: 'too_small', message: 'too short' },
    ]);
  const now = deps.now();
  const counter = verifyTotpCode(key, input.code, now, null);
  if (counter === null)
    return fail('auth.two_factor_invalid_code', 'The code does not match; check the time on your phone.');
  const codes = newRecoveryCodes();
  await inTransaction(deps, async (trx) => {
    await updateUser(trx, current.user.id, {
      totp_key: deps.keyring.encrypt(encodeBase64(key)),
      totp_last_counter: counter,
      updated_at: now.toISOString(),
    });
    await replaceRecoveryCodes(trx, current.user.id, codes.hashed, now.toISOString());
    // A change of second factor ends every other session of the account.
    await deleteSessionsOfUser(trx, current.user.id);
    await insertSession(trx, { ...current.session, two_factor_verified: 1 });
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.two_factor_enabled',
      subjectType: 'user',
      subjectId: current.user.id,
      actorId: current.user.id,
      actorRole: current.user.role,
    });
    const notice = signInChangedEmail(current.user.locale, {
      change: 'two_factor_enabled',
      at: now,
      accountLink: `${deps.config.publicUrl}/account`,
    });
    await deps.mailer.enqueue(trx, { to: current.user.email, ...notice }, now);
  });
  return ok({ recoveryCodes: codes.plain });
}

/** Second step of sign-in: a TOTP code (each time step only once) or a single-use recovery code. */
export async function verifyTwoFactor(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: { code: string } | { recoveryCode: string },
): Promise<Result<SessionResponse>> {
  const now = deps.now();
  const db = deps.db.kysely;
  const user = current.user;
  if (!user.totp_key)
    return fail('auth.two_factor_invalid_code', 'Two-factor authentication is not set up for this account.');
  const throttleKey = `totp:${user.id}`;
  const throttle = await findThrottle(db, throttleKey);
  const wait = secondsToWait(throttle, now);
  if (wait > 0)
    return fail('auth.throttled', `Too many wrong codes; try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });

  return inTransaction(deps, async (trx) => {
    const audit = { actorId: user.id, actorRole: user.role, subjectType: 'user', subjectId: user.id };
    let accepted = false;
    let method = 'totp';
    if ('code' in input) {
      const fresh = await findUserById(trx, user.id);
      const key = decodeBase64(deps.keyring.decrypt(fresh?.totp_key ?? user.totp_key ?? ''));
      const counter = verifyTotpCode(key, input.code, now, fresh?.totp_last_counter ?? null);
      if (counter !== null) {
        await updateUser(trx, user.id, { totp_last_counter: counter, updated_at: now.toISOString() });
        accepted = true;
      }
    } else {
      method = 'recovery_code';
      accepted = await consumeRecoveryCode(
        trx,
        user.id,
        hashToken(normaliseRecoveryCode(input.recoveryCode)),
        now.toISOString(),
      );
    }
    if (!accepted) {
      await saveThrottle(trx, throttleKey, recordFailure(throttle, now, accountThrottle));
      await recordAuditEvent(trx, ctx, now, {
        ...audit,
        action: 'auth.two_factor_verify',
        outcome: 'failure',
        details: { method },
      });
      return fail<SessionResponse>(
        'auth.two_factor_invalid_code',
        'The code is not correct or was already used.',
      );
    }
    await clearThrottle(trx, throttleKey);
    await markSessionTwoFactorVerified(trx, current.session.id);
    await recordAuditEvent(trx, ctx, now, {
      ...audit,
      action: 'auth.two_factor_verify',
      details: { method },
    });
    return ok(await presentSession(trx, user, { ...current.session, two_factor_verified: 1 }));
  });
}

export async function regenerateRecoveryCodes(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
): Promise<Result<{ recoveryCodes: string[] }>> {
  if (!current.user.totp_key)
    return fail('auth.two_factor_invalid_code', 'Two-factor authentication is not set up for this account.');
  // New codes replace a way into the account: only soon after proving it is the owner.
  if (!isRecentlyAuthenticated(current.session, deps.now())) return confirmItIsYou();
  const now = deps.now();
  const codes = newRecoveryCodes();
  await inTransaction(deps, async (trx) => {
    await replaceRecoveryCodes(trx, current.user.id, codes.hashed, now.toISOString());
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.recovery_codes_regenerated',
      subjectType: 'user',
      subjectId: current.user.id,
    });
  });
  return ok({ recoveryCodes: codes.plain });
}
