import { randomUUID } from 'node:crypto';
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { z } from 'zod';
import type { Passkey, SessionResponse, webauthnCredentialSchema } from '../../contracts/auth.js';
import type { WebauthnPurpose } from '../../contracts/auth-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import {
  countPasskeysOfUser,
  deletePasskey,
  findPasskeyByCredentialId,
  insertChallenge,
  insertPasskey,
  listPasskeysOfUser,
  markSessionReauthenticated,
  type PasskeyRow,
  recordPasskeyUse,
  takeChallenge,
} from '../../db/queries/passkeys.js';
import { markSessionTwoFactorVerified } from '../../db/queries/sessions.js';
import { findThrottle, saveThrottle } from '../../db/queries/sign-in-throttles.js';
import { findUserById, type UserRow, updateUser } from '../../db/queries/users.js';
import {
  isRecentlyAuthenticated,
  mayUsePasskeyWithoutPassword,
  type RelyingParty,
  reauthenticationWindowMs,
  relyingPartyOf,
} from '../../domain/auth/passkeys.js';
import {
  accountThrottle,
  addressThrottle,
  recordFailure,
  secondsToWait,
} from '../../domain/auth/throttle.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { signInChangedEmail } from '../mail/messages.js';
import { inTransaction } from '../transaction.js';
import { verifyPassword } from './passwords.js';
import { createSession, presentSession, type ValidSession } from './sessions.js';

type CredentialJson = z.infer<typeof webauthnCredentialSchema>;

/** A ceremony must be finished within five minutes of its options. */
const challengeLifetimeMs = 5 * 60_000;
const rpName = 'Mentor2Work';

function relyingParty(deps: Deps): Result<RelyingParty> {
  const rp = relyingPartyOf(deps.config.publicUrl);
  if (!rp)
    return fail(
      'auth.passkeys_unavailable',
      'Passkeys need the platform to be reached by a domain name; set PUBLIC_URL to one.',
    );
  return ok(rp);
}

/** Whether passkeys work on this installation, and at which address. */
export function passkeySettings(deps: Deps): {
  available: boolean;
  rpId: string | null;
  origin: string | null;
} {
  const rp = relyingPartyOf(deps.config.publicUrl);
  return { available: rp !== null, rpId: rp?.rpId ?? null, origin: rp?.origin ?? null };
}

async function storeChallenge(
  deps: Deps,
  purpose: WebauthnPurpose,
  challenge: string,
  owner: { userId: string | null; sessionId: string | null },
): Promise<string> {
  const id = randomUUID();
  const now = deps.now();
  await insertChallenge(
    deps.db.kysely,
    {
      id,
      purpose,
      user_id: owner.userId,
      session_id: owner.sessionId,
      challenge,
      expires_at: new Date(now.getTime() + challengeLifetimeMs).toISOString(),
    },
    now.toISOString(),
  );
  return id;
}

/** The transports stored with a passkey ("internal", "hybrid", "usb", ...); unknown ones are dropped. */
const knownTransports: readonly string[] = ['ble', 'hybrid', 'internal', 'nfc', 'usb'];
const storedTransports = z
  .array(z.string())
  .transform((list) => list.filter((item): item is AuthenticatorTransport => knownTransports.includes(item)));

const transportsOf = (row: PasskeyRow): AuthenticatorTransport[] =>
  parseStoredJson(storedTransports, row.transports, 'passkeys.transports');

function present(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    synced: row.backed_up === 1,
  };
}

function mustBeRecent(deps: Deps, current: ValidSession): Result<null> {
  if (!isRecentlyAuthenticated(current.session, deps.now()))
    return fail(
      'auth.reauthentication_required',
      'Confirm it is you: enter your password again before changing how you sign in.',
    );
  return ok(null);
}

/** My passkeys, newest first. */
export async function listMyPasskeys(
  deps: Deps,
  current: ValidSession,
  page: { page: number; pageSize: number },
): Promise<{ items: Passkey[]; total: number; page: number; pageSize: number }> {
  const rows = await listPasskeysOfUser(deps.db.kysely, current.user.id);
  const start = (page.page - 1) * page.pageSize;
  return {
    items: rows.slice(start, start + page.pageSize).map(present),
    total: rows.length,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/**
 * Proves again that it is the session's owner (the password), so that changing a sign-in method in
 * the next ten minutes is allowed. A wrong password counts towards the address's throttle.
 */
export async function reauthenticate(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: { password: string },
): Promise<Result<{ until: string }>> {
  const now = deps.now();
  const db = deps.db.kysely;
  const addressKey = `ip:${ctx.ip ?? 'unknown'}`;
  const accountKey = `account:${current.user.email}`;
  const [addressState, accountState] = await Promise.all([
    findThrottle(db, addressKey),
    findThrottle(db, accountKey),
  ]);
  const wait = Math.max(secondsToWait(addressState, now), secondsToWait(accountState, now));
  if (wait > 0)
    return fail('auth.throttled', `Too many failed attempts; try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  const audit = {
    action: 'auth.reauthenticated',
    subjectType: 'user',
    subjectId: current.user.id,
    actorId: current.user.id,
    actorRole: current.user.role,
  } as const;
  if (!(await verifyPassword(current.user.password_hash, input.password))) {
    await inTransaction(deps, async (trx) => {
      await saveThrottle(trx, addressKey, recordFailure(addressState, now, addressThrottle));
      await saveThrottle(trx, accountKey, recordFailure(accountState, now, accountThrottle));
      await recordAuditEvent(trx, ctx, now, { ...audit, outcome: 'failure' });
    });
    return fail('auth.current_password_wrong', 'The password is not correct.', [
      { path: ['password'], code: 'auth.current_password_wrong', message: 'wrong' },
    ]);
  }
  await inTransaction(deps, async (trx) => {
    await markSessionReauthenticated(trx, current.session.id, now.toISOString());
    await recordAuditEvent(trx, ctx, now, audit);
  });
  return ok({ until: new Date(now.getTime() + reauthenticationWindowMs).toISOString() });
}

/** The options to create a passkey for my account (after a recent sign-in or password). */
export async function beginPasskeyRegistration(
  deps: Deps,
  current: ValidSession,
): Promise<Result<{ challengeId: string; options: Record<string, unknown> }>> {
  const rp = relyingParty(deps);
  if (!rp.ok) return rp;
  const recent = mustBeRecent(deps, current);
  if (!recent.ok) return recent;
  // Where a passkey is a second factor, the authenticator app and its recovery codes come first, so
  // that losing the passkey never locks the account.
  if (!mayUsePasskeyWithoutPassword(current.user.role) && current.user.totp_key === null)
    return fail(
      'auth.passkey_needs_two_factor',
      'Set up two-step verification with an authenticator app first; then add a passkey.',
    );
  const existing = await listPasskeysOfUser(deps.db.kysely, current.user.id);
  const options = await generateRegistrationOptions({
    rpName,
    rpID: rp.value.rpId,
    userName: current.user.email,
    userDisplayName: current.user.name,
    userID: new TextEncoder().encode(current.user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: transportsOf(row) })),
    // Discoverable, so a participant can later sign in with it without typing an email address.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  const challengeId = await storeChallenge(deps, 'register', options.challenge, {
    userId: current.user.id,
    sessionId: current.session.id,
  });
  return ok({ challengeId, options: { ...options } });
}

/** Verifies the new credential against its challenge and stores it; audited, the owner is emailed. */
export async function finishPasskeyRegistration(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: { challengeId: string; name: string; credential: CredentialJson },
): Promise<Result<Passkey>> {
  const rp = relyingParty(deps);
  if (!rp.ok) return rp;
  const recent = mustBeRecent(deps, current);
  if (!recent.ok) return recent;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const challenge = await takeChallenge(trx, input.challengeId, 'register');
    if (
      !challenge ||
      challenge.session_id !== current.session.id ||
      Date.parse(challenge.expires_at) < now.getTime()
    )
      return fail('auth.passkey_failed', 'This passkey request has expired; start again.');
    let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verification = await verifyRegistrationResponse({
        response: input.credential as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge.challenge,
        expectedOrigin: rp.value.origins,
        expectedRPID: rp.value.rpId,
        requireUserVerification: false,
      });
    } catch (error) {
      return fail('auth.passkey_failed', `The passkey could not be verified: ${(error as Error).message}`);
    }
    if (!verification.verified) return fail('auth.passkey_failed', 'The passkey could not be verified.');
    const info = verification.registrationInfo;
    if (await findPasskeyByCredentialId(trx, info.credential.id))
      return fail('auth.passkey_failed', 'This passkey is already registered.');
    const row = {
      id: randomUUID(),
      user_id: current.user.id,
      credential_id: info.credential.id,
      public_key: encodeBase64urlNoPadding(info.credential.publicKey),
      counter: info.credential.counter,
      transports: JSON.stringify(info.credential.transports ?? []),
      device_type: info.credentialDeviceType,
      backed_up: info.credentialBackedUp ? 1 : 0,
      name: input.name,
      created_at: now.toISOString(),
      last_used_at: null,
    };
    await insertPasskey(trx, row);
    await updateUser(trx, current.user.id, {
      passkey_count: await countPasskeysOfUser(trx, current.user.id),
      updated_at: now.toISOString(),
    });
    // The session that added it has proved both factors: it stays fully signed in.
    await markSessionTwoFactorVerified(trx, current.session.id);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.passkey_added',
      subjectType: 'user',
      subjectId: current.user.id,
      actorId: current.user.id,
      actorRole: current.user.role,
      details: { passkeyId: row.id, synced: row.backed_up === 1 },
    });
    await notifyChange(deps, trx, current.user, 'passkey_added', input.name);
    return ok(present(row));
  });
}

/** Removes one of my passkeys (after a recent sign-in or password); audited, the owner is emailed. */
export async function removeMyPasskey(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  passkeyId: string,
): Promise<Result<{ removed: number }>> {
  const recent = mustBeRecent(deps, current);
  if (!recent.ok) return recent;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const rows = await listPasskeysOfUser(trx, current.user.id);
    const row = rows.find((candidate) => candidate.id === passkeyId);
    if (!row) return fail('not_found', 'No such passkey on your account.');
    await deletePasskey(trx, current.user.id, passkeyId);
    await updateUser(trx, current.user.id, {
      passkey_count: await countPasskeysOfUser(trx, current.user.id),
      updated_at: now.toISOString(),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.passkey_removed',
      subjectType: 'user',
      subjectId: current.user.id,
      actorId: current.user.id,
      actorRole: current.user.role,
      details: { passkeyId },
    });
    await notifyChange(deps, trx, current.user, 'passkey_removed', row.name);
    return ok({ removed: 1 });
  });
}

async function notifyChange(
  deps: Deps,
  trx: Parameters<Deps['mailer']['enqueue']>[0],
  user: UserRow,
  change: 'passkey_added' | 'passkey_removed',
  name: string,
): Promise<void> {
  const now = deps.now();
  const message = signInChangedEmail(user.locale, {
    change,
    at: now,
    name,
    accountLink: `${deps.config.publicUrl}/account`,
  });
  await deps.mailer.enqueue(trx, { to: user.email, ...message }, now);
}

/** The options to confirm a sign-in with one of the account's passkeys (the second step). */
export async function beginPasskeySecondFactor(
  deps: Deps,
  current: ValidSession,
): Promise<Result<{ challengeId: string; options: Record<string, unknown> }>> {
  const rp = relyingParty(deps);
  if (!rp.ok) return rp;
  const passkeys = await listPasskeysOfUser(deps.db.kysely, current.user.id);
  if (passkeys.length === 0) return fail('auth.passkey_failed', 'This account has no passkey.');
  const options = await generateAuthenticationOptions({
    rpID: rp.value.rpId,
    allowCredentials: passkeys.map((row) => ({ id: row.credential_id, transports: transportsOf(row) })),
    userVerification: 'preferred',
  });
  const challengeId = await storeChallenge(deps, 'second_factor', options.challenge, {
    userId: current.user.id,
    sessionId: current.session.id,
  });
  return ok({ challengeId, options: { ...options } });
}

type Assertion = { challengeId: string; credential: CredentialJson };

/** Checks an assertion against its challenge and the stored credential; moves the counter on. */
async function verifyAssertion(
  deps: Deps,
  trx: Parameters<typeof takeChallenge>[0],
  purpose: WebauthnPurpose,
  input: Assertion,
  requireUserVerification: boolean,
): Promise<Result<{ passkey: PasskeyRow; sessionId: string | null }>> {
  const rp = relyingParty(deps);
  if (!rp.ok) return rp;
  const now = deps.now();
  const challenge = await takeChallenge(trx, input.challengeId, purpose);
  if (!challenge || Date.parse(challenge.expires_at) < now.getTime())
    return fail('auth.passkey_failed', 'This passkey request has expired; start again.');
  const passkey = await findPasskeyByCredentialId(trx, input.credential.id);
  if (!passkey || (challenge.user_id !== null && passkey.user_id !== challenge.user_id))
    return fail('auth.passkey_failed', 'This passkey is not known here.');
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response: input.credential as unknown as AuthenticationResponseJSON,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.value.origins,
      expectedRPID: rp.value.rpId,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(decodeBase64urlIgnorePadding(passkey.public_key)),
        counter: passkey.counter,
        transports: transportsOf(passkey),
      },
      requireUserVerification,
    });
  } catch (error) {
    return fail('auth.passkey_failed', `The passkey could not be verified: ${(error as Error).message}`);
  }
  if (!verification.verified) return fail('auth.passkey_failed', 'The passkey could not be verified.');
  await recordPasskeyUse(trx, passkey.id, verification.authenticationInfo.newCounter, now.toISOString());
  return ok({ passkey, sessionId: challenge.session_id });
}

/** The second step of sign-in with a passkey instead of a code. */
export async function finishPasskeySecondFactor(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: Assertion,
): Promise<Result<SessionResponse>> {
  const now = deps.now();
  const user = current.user;
  const failed = await inTransaction(deps, async (trx) => {
    const checked = await verifyAssertion(deps, trx, 'second_factor', input, false);
    if (!checked.ok) return checked;
    if (checked.value.sessionId !== current.session.id)
      return fail('auth.passkey_failed', 'This passkey request belongs to another sign-in.');
    await markSessionTwoFactorVerified(trx, current.session.id);
    await markSessionReauthenticated(trx, current.session.id, now.toISOString());
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.two_factor_verified',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
      details: { method: 'passkey', passkeyId: checked.value.passkey.id },
    });
    return ok(null);
  });
  if (!failed.ok) {
    await recordAuditEvent(deps.db.kysely, ctx, now, {
      action: 'auth.two_factor_verified',
      outcome: 'failure',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
      details: { method: 'passkey', reason: failed.error.message.slice(0, 200) },
    });
    return failed;
  }
  const session = { ...current.session, two_factor_verified: 1 };
  return ok(await presentSession(deps.db.kysely, user, session));
}

/** The options for signing in with a passkey alone (no email typed: the passkey names the account). */
export async function beginPasskeySignIn(
  deps: Deps,
): Promise<Result<{ challengeId: string; options: Record<string, unknown> }>> {
  const rp = relyingParty(deps);
  if (!rp.ok) return rp;
  const options = await generateAuthenticationOptions({ rpID: rp.value.rpId, userVerification: 'required' });
  const challengeId = await storeChallenge(deps, 'sign_in', options.challenge, {
    userId: null,
    sessionId: null,
  });
  return ok({ challengeId, options: { ...options } });
}

/**
 * Password-less sign-in for a participant who added a passkey: the passkey with its own check
 * (fingerprint, face or PIN) is both factors. Staff use their passkey as the second step after the
 * password. Failures count towards the address's sign-in throttle.
 */
export async function finishPasskeySignIn(
  deps: Deps,
  ctx: RequestContext,
  input: Assertion,
): Promise<Result<{ token: string; response: SessionResponse }>> {
  const db = deps.db.kysely;
  const now = deps.now();
  const addressKey = `ip:${ctx.ip ?? 'unknown'}`;
  const addressState = await findThrottle(db, addressKey);
  const wait = secondsToWait(addressState, now);
  if (wait > 0)
    return fail('auth.throttled', `Too many failed attempts; try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  const result = await inTransaction(deps, async (trx) => {
    const checked = await verifyAssertion(deps, trx, 'sign_in', input, true);
    if (!checked.ok) return checked;
    const user = await findUserById(trx, checked.value.passkey.user_id);
    if (!user || user.disabled_at) return fail('auth.account_disabled', 'This account has been disabled.');
    if (!mayUsePasskeyWithoutPassword(user.role))
      return fail(
        'auth.passkey_needs_password',
        'Staff sign in with their password first; the passkey is the second step.',
      );
    const { token, session } = await createSession(trx, deps, ctx, user.id, true);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.sign_in',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
      details: { method: 'passkey', passkeyId: checked.value.passkey.id },
    });
    return ok({ token, response: await presentSession(trx, user, session) });
  });
  if (!result.ok) {
    // Every refusal is audited; a passkey that did not verify also counts towards the throttle.
    const guessing = result.error.code === 'auth.passkey_failed';
    await inTransaction(deps, async (trx) => {
      if (guessing) await saveThrottle(trx, addressKey, recordFailure(addressState, now, addressThrottle));
      await recordAuditEvent(trx, ctx, now, {
        action: 'auth.sign_in',
        outcome: 'failure',
        details: { method: 'passkey', reason: result.error.message.slice(0, 200) },
      });
    });
  }
  return result;
}
