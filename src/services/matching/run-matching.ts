import { randomUUID } from 'node:crypto';
import type { MatchRun } from '../../contracts/matching.js';
import { listPoolAssociations } from '../../db/queries/associations.js';
import { insertRun, listBlocks } from '../../db/queries/matching.js';
import { findAssociationName } from '../../db/queries/users.js';
import { type MatchingPool, matchingPool } from '../../domain/access/matching-pool.js';
import { explainRun } from '../../domain/matching/explain-run.js';
import { pairKey, scorePool } from '../../domain/matching/score-pool.js';
import { solveAssignment } from '../../domain/matching/solve-assignment.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { loadPool } from './load-pool.js';
import { presentRun } from './present-run.js';
import { programmeWeights } from './programme-weights.js';

/** Which pool a caller may run (domain/access/matching-pool.ts), from the associations' settings. */
async function poolScope(
  deps: Deps,
  actor: Actor,
  requested: string | null | undefined,
): Promise<Result<MatchingPool>> {
  return matchingPool(actor, requested, await listPoolAssociations(deps.db.kysely));
}

/** A run asked for: the pool (one association, or null for all) and the pairs the coach locked. */
export interface RunMatchingInput {
  associationId?: string | null | undefined;
  /** [menteeId, mentorId] pairs the engine must keep. */
  locked: Array<[string, string]>;
}

/**
 * Runs the engine on a pool and keeps the proposal as shown: every pair with its criteria, the two
 * best alternatives per mentee, every unmatched mentee with the reason, and the fairness report
 * (domain/matching/explain-run.ts explains, present-run.ts words it). The engine proposes; nobody
 * is linked until a coach confirms.
 */
export async function runMatching(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: RunMatchingInput,
): Promise<Result<MatchRun>> {
  const scope = await poolScope(deps, actor, input.associationId);
  if (!scope.ok) return scope;
  const now = deps.now();
  const db = deps.db.kysely;
  const [pool, weights, blocks] = await Promise.all([
    loadPool(db, scope.value, now),
    programmeWeights(deps),
    listBlocks(db),
  ]);
  const { mentees, mentors } = pool;
  if (mentees.length === 0)
    return fail('matching.empty_pool', 'There is no mentee ready to match in this pool.');
  const menteeIndex = new Map(mentees.map((m, i) => [m.person.id, i]));
  const mentorIndex = new Map(mentors.map((m, j) => [m.person.id, j]));
  const locked: Array<[number, number]> = [];
  for (const [menteeId, mentorId] of input.locked) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i === undefined || j === undefined)
      return fail('matching.person_not_in_run', 'A locked pair names someone who is not in this pool.', {
        menteeId,
        mentorId,
      });
    locked.push([i, j]);
  }
  const blocked = new Set(blocks.map((b) => pairKey(b.mentee_id, b.mentor_id)));
  const scores = scorePool(
    mentees.map((m) => m.profile),
    mentors.map((m) => m.profile),
    weights,
    blocked,
  );
  const started = performance.now();
  const solved = solveAssignment({
    scores: { mentees: scores.mentees, mentors: scores.mentors, values: scores.values },
    capacities: mentors.map((m) => m.capacity),
    locked,
  });
  const solveMs = Math.round((performance.now() - started) * 1000) / 1000;
  if (!solved.ok) return fail(solved.error.code, solved.error.message, solved.error.details);

  const explanation = explainRun({
    mentees: mentees.map((m) => m.profile),
    mentors,
    scores,
    assignment: solved.assignment,
    locked,
    weights,
  });
  const run = presentRun(
    {
      id: randomUUID(),
      createdAt: now.toISOString(),
      createdBy: actor.name,
      associationId: scope.value.associationId,
      associationName: await findAssociationName(db, scope.value.associationId),
      solveMs,
    },
    { mentees, mentors, sharedFrom: new Set(scope.value.sharedFrom) },
    explanation,
  );
  await inTransaction(deps, async (trx) => {
    await insertRun(trx, {
      id: run.id,
      association_id: scope.value.associationId,
      created_by: actor.id,
      created_at: run.createdAt,
      status: 'proposed',
      matched: run.pairs.length,
      mentees_in_pool: mentees.length,
      result: JSON.stringify(run),
    });
    await recordAuditEvent(trx, ctx, now, {
      action: 'matching.run',
      subjectType: 'match_run',
      subjectId: run.id,
      details: {
        associationId: scope.value.associationId,
        sharedFrom: scope.value.sharedFrom,
        mentees: mentees.length,
        mentors: mentors.length,
        matched: run.pairs.length,
      },
    });
  });
  return ok(run);
}
