import { randomUUID } from 'node:crypto';
import type { PartnershipStatus } from '../../src/contracts/partnership-vocabulary.js';
import { insertPartnershipChange, insertPartnershipRow } from '../../src/db/queries/partnerships.js';
import { updatePerson } from '../../src/db/queries/people.js';
import type { Deps } from '../../src/services/context.js';
import { buildAssociation, buildUser, sessionCookieFor } from './accounts.js';
import { buildPerson } from './people.js';

/**
 * A pair with accounts (mentee, mentor, their coach) and a partnership in the status asked for;
 * an active one started `startedDaysAgo` days ago. Returns the ids and signed-in cookies.
 */
export async function buildPartnership(
  deps: Deps,
  options: { status?: PartnershipStatus; startedDaysAgo?: number; associationId?: string } = {},
) {
  const associationId = options.associationId ?? (await buildAssociation(deps)).id;
  const coach = await buildUser(deps, { role: 'coach', associationId });
  const mentee = await buildPerson(deps, { kind: 'mentee', associationId, status: 'in_partnership' });
  const mentor = await buildPerson(deps, { kind: 'mentor', associationId, status: 'in_partnership' });
  const menteeUser = await buildUser(deps, { role: 'mentee', associationId: null });
  const mentorUser = await buildUser(deps, { role: 'mentor', associationId: null });
  await updatePerson(deps.db.kysely, mentee.id, { user_id: menteeUser.id });
  await updatePerson(deps.db.kysely, mentor.id, { user_id: mentorUser.id });
  const now = deps.now();
  const status = options.status ?? 'proposed';
  const started =
    status === 'active' || status === 'closing'
      ? new Date(now.getTime() - (options.startedDaysAgo ?? 0) * 86_400_000)
      : null;
  const id = randomUUID();
  const proposedAt = new Date((started ?? now).getTime() - 14 * 86_400_000).toISOString();
  await insertPartnershipRow(deps.db.kysely, {
    id,
    mentee_id: mentee.id,
    mentor_id: mentor.id,
    association_id: associationId,
    run_id: null,
    status,
    score: 0.8,
    override_reason: null,
    proposed_by: coach.id,
    coach_id: coach.id,
    proposed_at: proposedAt,
    updated_at: proposedAt,
    introduced_at: status === 'proposed' ? null : proposedAt,
    mentee_response: started ? 'accepted' : null,
    mentor_response: started ? 'accepted' : null,
    started_at: started?.toISOString() ?? null,
    planned_end_at: started ? new Date(started.getTime() + 182 * 86_400_000).toISOString() : null,
  });
  await insertPartnershipChange(deps.db.kysely, {
    id: randomUUID(),
    partnership_id: id,
    from_status: null,
    to_status: status,
    at: proposedAt,
    actor_id: coach.id,
    reason_text: null,
  });
  return {
    id,
    associationId,
    mentee,
    mentor,
    coach,
    menteeUser,
    mentorUser,
    cookies: {
      coach: await sessionCookieFor(deps, coach),
      mentee: await sessionCookieFor(deps, menteeUser),
      mentor: await sessionCookieFor(deps, mentorUser),
    },
  };
}

/** A partnership between people the test built already, straight in a status (active by default). */
export async function linkPartnership(
  deps: Deps,
  options: { menteeId: string; mentorId: string; associationId: string | null; status?: PartnershipStatus },
) {
  const now = deps.now().toISOString();
  const id = randomUUID();
  const status = options.status ?? 'active';
  await insertPartnershipRow(deps.db.kysely, {
    id,
    mentee_id: options.menteeId,
    mentor_id: options.mentorId,
    association_id: options.associationId,
    run_id: null,
    status,
    score: null,
    override_reason: null,
    proposed_by: null,
    proposed_at: now,
    updated_at: now,
  });
  await insertPartnershipChange(deps.db.kysely, {
    id: randomUUID(),
    partnership_id: id,
    from_status: null,
    to_status: status,
    at: now,
    actor_id: null,
    reason_text: null,
  });
  return { id, status };
}
