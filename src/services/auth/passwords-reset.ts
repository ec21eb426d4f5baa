import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '../../contracts/auth.js';
import {
  expireOpenPasswordResets,
  findPasswordResetByTokenHash,
  insertPasswordReset,
  markPasswordResetUsed,
} from '../../db/queries/invitations.js';
import { deleteSessionsOfUser } from '../../db/queries/sessions.js';
import { findUserByEmail, findUserById, updateUser } from '../../db/queries/users.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { passwordResetEmail, signInChangedEmail } from '../mail/messages.js';
import { generateToken, hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords.js';
import { createSession, presentSession, type ValidSession } from './sessions.js';

const resetLifetimeMs = 60 * 60_000;

/** Emails a single-use reset link if the account exists; the answer is the same either way. */
export async function requestPasswordReset(deps: Deps, ctx: RequestContext, email: string): Promise<void> {
  const now = deps.now();
  await inTransaction(deps, async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (!user || user.disabled_at) {
      await recordAuditEvent(trx, ctx, now, {
        action: 'auth.password_reset_requested',
        outcome: 'failure',
        details: { email, reason: user ? 'disabled' : 'unknown_account' },
      });
      return;
    }
    const token = generateToken();
    await expireOpenPasswordResets(trx, user.id, now.toISOString());
    await insertPasswordReset(trx, {
      id: randomUUID(),
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + resetLifetimeMs).toISOString(),
      used_at: null,
    });
    const message = passwordResetEmail(user.locale, {
      link: `${deps.config.publicUrl}/reset-password/complete#token=${token}`,
    });
    await deps.mailer.enqueue(trx, { to: user.email, ...message }, now);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.password_reset_requested',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function completePasswordReset(
  deps: Deps,
  ctx: RequestContext,
  input: { token: string; password: string },
): Promise<Result<{ ok: true }>> {
  const now = deps.now();
  const reset = await findPasswordResetByTokenHash(deps.db.kysely, hashToken(input.token));
  if (!reset) return fail('token.invalid', 'This link is not valid.');
  if (reset.used_at) return fail('token.used', 'This link has already been used.');
  if (new Date(reset.expires_at).getTime() <= now.getTime())
    return fail('token.expired', 'This link has expired.');
  const user = await findUserById(deps.db.kysely, reset.user_id);
  if (!user || user.disabled_at) return fail('token.invalid', 'This link is not valid.');
  const problem = checkNewPassword(input.password, user.email);
  if (problem)
    return fail(problem, 'Choose another password.', [
      { path: ['password'], code: problem, message: problem },
    ]);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (trx) => {
    if (!(await markPasswordResetUsed(trx, reset.id, now.toISOString())))
      return fail<{ ok: true }>('token.used', 'This link has already been used.');
    await updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now.toISOString() });
    const ended = await deleteSessionsOfUser(trx, user.id);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.password_reset',
      actorId: user.id,
      actorRole: user.role,
      subjectType: 'user',
      subjectId: user.id,
      details: { sessionsEnded: ended },
    });
    return ok({ ok: true as const });
  });
}

/** Changes the password of the signed-in person; all sessions end and a fresh one replaces this one. */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<{ token: string; response: SessionResponse }>> {
  const now = deps.now();
  const user = current.user;
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await recordAuditEvent(deps.db.kysely, ctx, now, {
      action: 'auth.password_changed',
      outcome: 'failure',
      subjectType: 'user',
      subjectId: user.id,
      details: { reason: 'wrong_current_password' },
    });
    return fail('auth.current_password_wrong', 'The current password is not correct.', [
      { path: ['currentPassword'], code: 'auth.current_password_wrong', message: 'wrong' },
    ]);
  }
  const problem = checkNewPassword(input.newPassword, user.email);
  if (problem)
    return fail(problem, 'Choose another password.', [
      { path: ['newPassword'], code: problem, message: problem },
    ]);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(deps, async (trx) => {
    await updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now.toISOString() });
    await deleteSessionsOfUser(trx, user.id);
    const { token, session } = await createSession(
      trx,
      deps,
      ctx,
      user.id,
      current.session.two_factor_verified === 1,
    );
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: user.id,
    });
    // The owner hears of it at the account's address, in case it was not them.
    const notice = signInChangedEmail(user.locale, {
      change: 'password',
      at: now,
      accountLink: `${deps.config.publicUrl}/account`,
    });
    await deps.mailer.enqueue(trx, { to: user.email, ...notice }, now);
    return ok({ token, response: await presentSession(trx, user, session) });
  });
}
