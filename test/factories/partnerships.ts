import { randomUUID } from 'node:crypto';
import type { Deps } from '../../src/services/context.js';

/** A partnership straight in a status (active by default), with its first status change. */
export async function buildPartnership(
  deps: Deps,
  options: { menteeId: string; mentorId: string; associationId: string | null; status?: string },
) {
  const now = deps.now().toISOString();
  const id = randomUUID();
  const status = options.status ?? 'active';
  // Written straight into the table, so the factory does not depend on the partnerships module.
  await deps.db.kysely
    .insertInto('partnerships')
    .values({
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
    })
    .execute();
  await deps.db.kysely
    .insertInto('partnership_status_changes')
    .values({
      id: randomUUID(),
      partnership_id: id,
      from_status: null,
      to_status: status,
      at: now,
      actor_id: null,
      reason_text: null,
    })
    .execute();
  return { id, status };
}
