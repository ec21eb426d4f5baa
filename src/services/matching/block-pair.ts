import { insertBlock } from '../../db/queries/matching.js';
import { findPerson } from '../../db/queries/people.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { loadVisiblePerson } from '../people/load-person.js';
import { inTransaction } from '../transaction.js';

/** A pair a coach rules out, and why. */
export interface BlockPairInput {
  menteeId: string;
  mentorId: string;
  reason: string;
}

/** A coach blocks a pair: it is impossible in every later run and suggestion. */
export async function blockPair(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: BlockPairInput,
): Promise<Result<{ ok: true }>> {
  const db = deps.db.kysely;
  const mentee = await loadVisiblePerson(db, actor, input.menteeId);
  if (!mentee.ok || mentee.value.kind !== 'mentee') return fail('not_found', 'No such mentee.');
  const mentor = await findPerson(db, input.mentorId);
  if (mentor?.kind !== 'mentor') return fail('not_found', 'No such mentor.');
  const now = deps.now();
  await inTransaction(deps, async (trx) => {
    await insertBlock(trx, {
      menteeId: input.menteeId,
      mentorId: input.mentorId,
      reason: input.reason,
      by: actor.id,
      at: now.toISOString(),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'matching.pair_blocked',
      subjectType: 'person',
      subjectId: input.menteeId,
      details: { mentorId: input.mentorId, reason: input.reason },
    });
  });
  return ok({ ok: true as const });
}
