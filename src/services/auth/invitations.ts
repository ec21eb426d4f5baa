import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionResponse } from '../../contracts/auth.js';
import { locales } from '../../contracts/base-vocabulary.js';
import type { Locale, Role } from '../../contracts/common.js';
import { findAssociation } from '../../db/queries/associations.js';
import {
  findInvitation,
  findInvitationByTokenHash,
  type InvitationRow,
  insertInvitation,
  markInvitationAccepted,
  markInvitationRevoked,
  pageInvitations,
} from '../../db/queries/invitations.js';
import { linkPersonToUser } from '../../db/queries/people.js';
import { countUsers, findUserByEmail, insertUser } from '../../db/queries/users.js';
import type { Database } from '../../db/schema.js';
import { invitationStatus, tokenProblem } from '../../domain/accounts/invitation-status.js';
import { checkAssociationForRole } from '../../domain/accounts/roles.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { invitationEmail } from '../mail/messages.js';
import { generateToken, hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import { checkNewPassword, hashPassword } from './passwords.js';
import { createSession, presentSession } from './sessions.js';

const invitationLifetimeMs = 7 * 24 * 3_600_000;
const firstAdminLinkLifetimeMs = 24 * 3_600_000;

export function presentInvitation(row: InvitationRow & { association_name: string | null }, now: Date) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    associationId: row.association_id,
    associationName: row.association_name,
    status: invitationStatus(
      { acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at },
      now,
    ),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

function linkFor(deps: Deps, token: string): string {
  return `${deps.config.publicUrl}/invitation#token=${token}`;
}

/** An administrator invites a staff member by email; the link is single-use and expires in 7 days. */
export async function createInvitation(
  deps: Deps,
  ctx: RequestContext,
  input: { email: string; role: Role; associationId?: string | null | undefined },
) {
  const now = deps.now();
  const associationId = input.associationId ?? null;
  const roleProblem = checkAssociationForRole(input.role, associationId);
  if (roleProblem)
    return fail(roleProblem, 'This role and association do not fit together.', [
      { path: ['associationId'], code: roleProblem, message: roleProblem },
    ]);
  return inTransaction(deps, async (trx) => {
    const association = associationId ? await findAssociation(trx, associationId) : null;
    if (associationId && !association)
      return fail('not_found', 'No such association.', [
        { path: ['associationId'], code: 'not_found', message: 'unknown association' },
      ]);
    if (await findUserByEmail(trx, input.email))
      return fail('user.email_taken', 'An account with this email already exists.', [
        { path: ['email'], code: 'user.email_taken', message: 'taken' },
      ]);
    const token = generateToken();
    const row: InvitationRow = {
      id: randomUUID(),
      token_hash: hashToken(token),
      email: input.email,
      role: input.role,
      association_id: associationId,
      invited_by: ctx.actor?.id ?? null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + invitationLifetimeMs).toISOString(),
      accepted_at: null,
      accepted_user_id: null,
      revoked_at: null,
    };
    await insertInvitation(trx, row);
    const message = {
      role: input.role,
      association: association?.name ?? null,
      link: linkFor(deps, token),
      expiresAt: new Date(row.expires_at),
    };
    const texts = locales.map((locale) => invitationEmail(locale, message));
    await deps.mailer.enqueue(
      trx,
      {
        to: input.email,
        subject: texts.map((t) => t.subject).join(' / '),
        text: texts.map((t) => t.text).join('\n\n———\n\n'),
      },
      now,
    );
    await recordAuditEvent(trx, ctx, now, {
      action: 'invitation.created',
      subjectType: 'invitation',
      subjectId: row.id,
      details: { email: input.email, role: input.role, associationId },
    });
    // The link goes back to the caller only for the command line, which prints it.
    return ok({
      invitation: presentInvitation({ ...row, association_name: association?.name ?? null }, now),
      link: message.link,
    });
  });
}

/**
 * The one-time link to create the first programme administrator, made when no administrator exists.
 * Returns null when one exists already.
 */
export async function createFirstAdminLink(deps: Deps, ctx: RequestContext): Promise<string | null> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    if ((await countUsers(trx, 'admin')) > 0) return null;
    const token = generateToken();
    await insertInvitation(trx, {
      id: randomUUID(),
      token_hash: hashToken(token),
      email: null,
      role: 'admin',
      association_id: null,
      invited_by: null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + firstAdminLinkLifetimeMs).toISOString(),
      accepted_at: null,
      accepted_user_id: null,
      revoked_at: null,
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'invitation.first_admin_link_created',
      subjectType: 'invitation',
    });
    return linkFor(deps, token);
  });
}

async function findUsableInvitation(db: Kysely<Database>, token: string, now: Date) {
  const row = await findInvitationByTokenHash(db, hashToken(token));
  if (!row) return fail<never>('token.invalid', 'This link is not valid.');
  const problem = tokenProblem(
    invitationStatus(
      { acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at },
      now,
    ),
  );
  if (problem) return fail<never>(problem, 'This link can no longer be used.');
  return ok(row);
}

export async function inspectInvitation(deps: Deps, token: string) {
  const found = await findUsableInvitation(deps.db.kysely, token, deps.now());
  if (!found.ok) return found;
  const row = found.value;
  return ok({
    email: row.email,
    role: row.role,
    associationName: row.association_name,
    expiresAt: row.expires_at,
  });
}

export interface AcceptInvitationInput {
  token: string;
  name: string;
  email?: string | undefined;
  password: string;
  locale?: Locale | undefined;
}

/** Creates the account of an invitation, consumes the link and signs the new person in. */
export async function acceptInvitation(
  deps: Deps,
  ctx: RequestContext,
  input: AcceptInvitationInput,
): Promise<Result<{ token: string; response: SessionResponse }>> {
  const now = deps.now();
  const found = await findUsableInvitation(deps.db.kysely, input.token, now);
  if (!found.ok) return found;
  const invitation = found.value;
  const email = invitation.email ?? input.email?.toLowerCase();
  if (!email)
    return fail('invitation.email_required', 'Enter your email address.', [
      { path: ['email'], code: 'invitation.email_required', message: 'required' },
    ]);
  const problem = checkNewPassword(input.password, email);
  if (problem)
    return fail(problem, 'Choose another password.', [
      { path: ['password'], code: problem, message: problem },
    ]);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(deps, async (trx) => {
    if (await findUserByEmail(trx, email))
      return fail('user.email_taken', 'An account with this email already exists.', [
        { path: ['email'], code: 'user.email_taken', message: 'taken' },
      ]);
    const userId = randomUUID();
    const user = {
      id: userId,
      email,
      name: input.name,
      role: invitation.role,
      association_id: invitation.association_id,
      password_hash: passwordHash,
      locale: input.locale ?? 'nl',
      phone: null,
      totp_key: null,
      totp_last_counter: null,
      passkey_count: 0,
      disabled_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await insertUser(trx, user);
    if (invitation.role === 'mentee' || invitation.role === 'mentor')
      await linkPersonToUser(trx, email, invitation.role, userId);
    if (!(await markInvitationAccepted(trx, invitation.id, userId, now.toISOString()))) {
      // Another request used the link at the same moment: undo this account.
      throw new InvitationRaceLost();
    }
    const { token, session } = await createSession(trx, deps, ctx, userId, false);
    const audit = { actorId: userId, actorRole: invitation.role };
    await recordAuditEvent(trx, ctx, now, {
      ...audit,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: invitation.id,
    });
    await recordAuditEvent(trx, ctx, now, {
      ...audit,
      action: 'user.created',
      subjectType: 'user',
      subjectId: userId,
      details: { role: invitation.role, associationId: invitation.association_id },
    });
    return ok({ token, response: await presentSession(trx, user, session) });
  }).catch((error: unknown) => {
    if (error instanceof InvitationRaceLost)
      return fail<{ token: string; response: SessionResponse }>(
        'token.used',
        'This link has just been used.',
      );
    throw error;
  });
}

class InvitationRaceLost extends Error {}

export async function revokeInvitation(deps: Deps, ctx: RequestContext, id: string) {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const row = await findInvitation(trx, id);
    if (!row) return fail('not_found', 'No such invitation.');
    await markInvitationRevoked(trx, id, now.toISOString());
    await recordAuditEvent(trx, ctx, now, {
      action: 'invitation.revoked',
      subjectType: 'invitation',
      subjectId: id,
    });
    const fresh = await findInvitation(trx, id);
    return ok(presentInvitation(fresh ?? row, now));
  });
}

export async function listInvitations(deps: Deps, page: number, pageSize: number) {
  const now = deps.now();
  const { rows, total } = await pageInvitations(deps.db.kysely, page, pageSize);
  return { items: rows.map((row) => presentInvitation(row, now)), total, page, pageSize };
}
