import type { Transaction } from 'kysely';
import { findAssociationName, listAssociationCoaches } from '../../db/queries/users.js';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../context.js';
import { introductionEmail } from './introduction-email.js';
import type { PersonRow } from './propose-partnership.js';
import { sharedMentorEmail } from './shared-mentor-email.js';

/** Who is told about one confirmed pair, and in whose name. */
export interface ConfirmationEmailsInput {
  mentee: PersonRow;
  mentor: PersonRow;
  /** The coach who confirmed. */
  coachName: string;
  associationId: string | null;
  /** The sister association that shares the mentor, whose coaches are told; null for none. */
  mentorAssociationId: string | null;
}

/**
 * Puts the emails of one confirmed pair in the outbox, in the caller's transaction: an introduction
 * to each of the two, and with a shared mentor a note to the coaches of the mentor's association.
 */
export async function queueConfirmationEmails(
  deps: Deps,
  trx: Transaction<Database>,
  input: ConfirmationEmailsInput,
  now: Date,
) {
  const { mentee, mentor } = input;
  for (const [person, other, role] of [
    [mentee, mentor, 'mentee'],
    [mentor, mentee, 'mentor'],
  ] as const) {
    const message = introductionEmail(person.locale, {
      firstName: person.first_name,
      other: `${other.first_name} ${other.last_name}`,
      role,
      coach: input.coachName,
    });
    await deps.mailer.enqueue(trx, { to: person.email, ...message }, now);
  }
  if (!input.mentorAssociationId) return;
  const menteeAssociation = (await findAssociationName(trx, input.associationId)) ?? '';
  for (const coach of await listAssociationCoaches(trx, input.mentorAssociationId)) {
    const message = sharedMentorEmail(coach.locale, {
      mentor: `${mentor.first_name} ${mentor.last_name}`,
      mentee: `${mentee.first_name} ${mentee.last_name}`,
      menteeAssociation,
      coach: input.coachName,
    });
    await deps.mailer.enqueue(trx, { to: coach.email, ...message }, now);
  }
}
