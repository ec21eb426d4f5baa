import { insertBlock, pageRuns, saveWeights } from '../../db/queries/matching.js';
import { findPerson } from '../../db/queries/people.js';
import { checkWeights, type Weights } from '../../domain/matching/score-pair.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { loadVisiblePerson } from '../people/load-person.js';
import { programmeWeights } from './run-matching.js';

/** A coach blocks a pair: it is impossible in every later run and suggestion. */
export async function blockPair(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: { menteeId: string; mentorId: string; reason: string },
): Promise<Result<{ ok: true }>> {
  const db = deps.db.kysely;
  const mentee = await loadVisiblePerson(db, actor, input.menteeId);
  if (!mentee.ok || mentee.value.kind !== 'mentee') return fail('not_found', 'No such mentee.');
  const mentor = await findPerson(db, input.mentorId);
  if (mentor?.kind !== 'mentor') return fail('not_found', 'No such mentor.');
  const now = deps.now();
  await insertBlock(db, {
    menteeId: input.menteeId,
    mentorId: input.mentorId,
    reason: input.reason,
    by: actor.id,
    at: now.toISOString(),
  });
  await recordAuditEvent(db, ctx, now, {
    action: 'matching.pair_blocked',
    subjectType: 'person',
    subjectId: input.menteeId,
    details: { mentorId: input.mentorId, reason: input.reason },
  });
  return ok({ ok: true as const });
}

export async function listRuns(deps: Deps, actor: Actor, page: number, pageSize: number) {
  const { items, total } = await pageRuns(
    deps.db.kysely,
    actor.role === 'admin' ? null : actor.associationId,
    page,
    pageSize,
  );
  return {
    items: items.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      associationName: r.association_name,
      matched: r.matched,
      menteesInPool: r.mentees_in_pool,
      status: r.status as 'proposed' | 'confirmed',
    })),
    total,
    page,
    pageSize,
  };
}

/** An administrator tunes the programme's weights; every change is audited with old and new values. */
export async function updateWeights(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  weights: Record<string, number>,
) {
  const checked = checkWeights(weights as Partial<Weights>);
  if (!checked.ok)
    return fail('validation.failed', checked.problem, [
      { path: [], code: 'matching.invalid_weights', message: checked.problem },
    ]);
  const before = await programmeWeights(deps);
  const now = deps.now();
  await saveWeights(deps.db.kysely, JSON.stringify(checked.weights), actor.id, now.toISOString());
  await recordAuditEvent(deps.db.kysely, ctx, now, {
    action: 'matching.weights_changed',
    details: { before, after: checked.weights },
  });
  return ok(checked.weights);
}
