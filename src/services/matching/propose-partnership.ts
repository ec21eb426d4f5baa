import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { insertPartnershipChange, insertPartnershipRow } from '../../db/queries/partnerships.js';
import type { findPerson } from '../../db/queries/people.js';
import type { Database } from '../../db/schema.js';
import type { CheckedPair } from '../../domain/matching/check-confirmation.js';
import type { Actor, RequestContext } from '../context.js';
import { changePersonStatus } from '../people/change-person-status.js';

export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** One confirmed pair to save: the two people as read in the transaction, the run, who and when. */
export interface ProposePartnershipInput {
  pair: CheckedPair;
  mentee: PersonRow;
  mentor: PersonRow;
  runId: string;
  actor: Actor;
  ctx: RequestContext;
  at: string;
}

/**
 * Saves one confirmed pair in the caller's transaction: the partnership in state "proposed" (with
 * the mentor's association when a sister association shares the mentor), its first history row, and
 * both people "in partnership" with their history rows.
 */
export async function proposePartnership(trx: Transaction<Database>, input: ProposePartnershipInput) {
  const { pair, mentee, mentor, actor, at } = input;
  const id = randomUUID();
  const associationId = mentee.association_id ?? actor.associationId;
  // A shared mentor of a sister association: the partnership records both associations.
  const mentorAssociationId =
    mentor.association_id && mentor.association_id !== associationId ? mentor.association_id : null;
  await insertPartnershipRow(trx, {
    id,
    mentee_id: mentee.id,
    mentor_id: mentor.id,
    association_id: associationId,
    mentor_association_id: mentorAssociationId,
    run_id: input.runId,
    status: 'proposed',
    score: pair.score,
    override_reason: pair.overrideReason ?? null,
    proposed_by: actor.id,
    coach_id: actor.role === 'coach' ? actor.id : null,
    proposed_at: at,
    updated_at: at,
  });
  await insertPartnershipChange(trx, {
    id: randomUUID(),
    partnership_id: id,
    from_status: null,
    to_status: 'proposed',
    at,
    actor_id: actor.id,
    reason_text: pair.overrideReason ?? null,
  });
  const when = new Date(at);
  await changePersonStatus(trx, input.ctx, when, {
    person: mentee,
    step: 'match',
    to: 'in_partnership',
    actorId: actor.id,
    reasonText: `Matched with ${mentor.first_name} ${mentor.last_name}`,
  });
  if (mentor.status !== 'in_partnership')
    await changePersonStatus(trx, input.ctx, when, {
      person: mentor,
      step: 'match',
      to: 'in_partnership',
      actorId: actor.id,
    });
  return { id, associationId, mentorAssociationId };
}
