import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertInvitation } from '../../db/queries/invitations.js';
import { findUserByEmail } from '../../db/queries/users.js';
import type { Database } from '../../db/schema.js';
import { participantInvitationEmail } from '../applications/application-messages.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { generateToken, hashToken } from '../secrets/tokens.js';
import type { LoadedPerson } from './load-person.js';

const lifetimeMs = 7 * 24 * 3_600_000;

/**
 * An accepted mentor or a mentee ready to match gets a single-use link to an account where they see
 * and correct their profile. The account is tied to the person when the link is used.
 */
export async function inviteParticipant(
  trx: Kysely<Database>,
  deps: Deps,
  ctx: RequestContext,
  person: LoadedPerson,
): Promise<void> {
  if (await findUserByEmail(trx, person.email)) return;
  const now = deps.now();
  const token = generateToken();
  const id = randomUUID();
  await insertInvitation(trx, {
    id,
    token_hash: hashToken(token),
    email: person.email,
    role: person.kind,
    association_id: person.association_id,
    invited_by: ctx.actor?.id ?? null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + lifetimeMs).toISOString(),
    accepted_at: null,
    accepted_user_id: null,
    revoked_at: null,
  });
  const message = participantInvitationEmail(person.locale, {
    firstName: person.first_name,
    link: `${deps.config.publicUrl}/invitation#token=${token}`,
  });
  await deps.mailer.enqueue(trx, { to: person.email, ...message }, now);
  await recordAuditEvent(trx, ctx, now, {
    action: 'invitation.created',
    subjectType: 'invitation',
    subjectId: id,
    details: { role: person.kind, personId: person.id },
  });
}
