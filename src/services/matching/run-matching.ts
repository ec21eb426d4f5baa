import { randomUUID } from 'node:crypto';
import type { MatchRun } from '../../contracts/matching.js';
import { listPoolAssociations } from '../../db/queries/associations.js';
import { findRun, findWeights, insertRun, listBlocks } from '../../db/queries/matching.js';
import { findAssociationName } from '../../db/queries/users.js';
import { type MatchingPool, matchingPool } from '../../domain/access/matching-pool.js';
import { canSeeAssociation } from '../../domain/access/record-access.js';
import { checkWeights, defaultWeights, scorePair, type Weights } from '../../domain/matching/score-pair.js';
import { pairKey, scorePool } from '../../domain/matching/score-pool.js';
import { solveAssignment } from '../../domain/matching/solve-assignment.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { fairnessReport } from './fairness.js';
import { loadPool, type PoolPerson } from './load-pool.js';

export async function programmeWeights(deps: Deps): Promise<Weights> {
  const stored = await findWeights(deps.db.kysely);
  if (!stored) return defaultWeights;
  const checked = checkWeights(JSON.parse(stored.weights) as Partial<Weights>);
  return checked.ok ? checked.weights : defaultWeights;
}

/** The required modules behind a "missing training" reason: the mentee's own, else the mentors'. */
function missingModules(own: readonly string[], mentors: ReadonlyArray<readonly string[]>): string {
  return [...new Set(own.length ? own : mentors.flat())].join(', ');
}

/**
 * A person as the run shows them. A mentor shared by a sister association shows only what matching
 * needs: name, association, sector and languages (no postcode; contact details and notes never).
 */
export function presentPoolPerson(person: PoolPerson, sharedFrom: ReadonlySet<string> = new Set()) {
  const shared = person.associationId !== null && sharedFrom.has(person.associationId);
  return {
    id: person.id,
    name: person.name,
    associationName: person.associationName,
    sectorCode: person.sectorCode,
    languages: person.languages,
    postcode: shared ? null : person.postcode,
    shared,
  };
}

/** Which pool a caller may run (domain/access/matching-pool.ts), from the associations' settings. */
async function poolScope(
  deps: Deps,
  actor: Actor,
  requested: string | null | undefined,
): Promise<Result<MatchingPool>> {
  return matchingPool(actor, requested, await listPoolAssociations(deps.db.kysely));
}

/**
 * Runs the engine on a pool and keeps the proposal as shown: every pair with its criteria, the two
 * best alternatives per mentee, every unmatched mentee with the reason, and the fairness report.
 * The engine proposes; nobody is linked until a coach confirms.
 */
export async function runMatching(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: { associationId?: string | null | undefined; locked: Array<[string, string]> },
): Promise<Result<MatchRun>> {
  const scope = await poolScope(deps, actor, input.associationId);
  if (!scope.ok) return scope;
  const sharedFrom = new Set(scope.value.sharedFrom);
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

  const m = mentors.length;
  const assignedTo = (j: number) =>
    mentees.filter((_, i) => solved.assignment[i] === j).map((x) => x.person.name);
  const lockedSet = new Set(locked.map(([i, j]) => `${i}|${j}`));
  const pairs: MatchRun['pairs'] = [];
  const unmatched: MatchRun['unmatched'] = [];
  for (const [i, mentee] of mentees.entries()) {
    const j = solved.assignment[i] ?? -1;
    if (j < 0) {
      const possible = Array.from({ length: m }, (_, k) => scores.values[i * m + k]).filter(
        (v) => v !== undefined && !Number.isNaN(v),
      ).length;
      const counts = scores.constraintsByMentee[i] ?? {};
      const top = Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0];
      const reason = m === 0 ? 'no_mentors' : possible > 0 ? 'outcompeted' : (top ?? 'no_mentors');
      unmatched.push({
        mentee: { ...presentPoolPerson(mentee.person), waitingDays: mentee.person.waitingDays },
        reason,
        constraints: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v ?? 0])),
        params: {
          sector: mentee.profile.sectorCode ?? '',
          languages: mentee.person.languages.join(', '),
          ...(reason === 'missing_training'
            ? {
                modules: missingModules(
                  mentee.profile.missingTraining,
                  mentors.map((x) => x.profile.missingTraining),
                ),
              }
            : {}),
        },
      });
      continue;
    }
    const mentor = mentors[j]!;
    const scored = scorePair(mentee.profile, mentor.profile, { weights, blocked: false });
    const proposedScore = scores.values[i * m + j] ?? 0;
    const alternatives = Array.from({ length: m }, (_, k) => ({
      k,
      score: scores.values[i * m + k] ?? Number.NaN,
    }))
      .filter((a) => a.k !== j && !Number.isNaN(a.score))
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .slice(0, 2)
      .map((a) => {
        const others = assignedTo(a.k);
        const full = others.length >= (mentors[a.k]?.capacity ?? 1);
        return {
          mentor: presentPoolPerson(mentors[a.k]!.person, sharedFrom),
          score: a.score,
          delta: Math.round((a.score - proposedScore) * 1e6) / 1e6,
          displaces: full ? (others[0] ?? null) : null,
        };
      });
    pairs.push({
      mentee: { ...presentPoolPerson(mentee.person), waitingDays: mentee.person.waitingDays },
      mentor: presentPoolPerson(mentor.person, sharedFrom),
      score: proposedScore,
      criteria: scored.possible ? scored.criteria : [],
      locked: lockedSet.has(`${i}|${j}`),
      alternatives,
    });
  }
  const id = randomUUID();
  const run: MatchRun = {
    id,
    createdAt: now.toISOString(),
    createdBy: actor.name,
    associationId: scope.value.associationId,
    associationName: await findAssociationName(db, scope.value.associationId),
    status: 'proposed',
    pairs,
    unmatched,
    fairness: fairnessReport({
      menteesInPool: mentees.length,
      mentors: mentors.map((x) => ({ name: x.person.name, places: x.capacity })),
      pairs: pairs.map((p) => ({
        score: p.score,
        mentorName: p.mentor.name,
        waitingDays: p.mentee.waitingDays,
      })),
      unmatchedWaitingDays: unmatched.map((u) => u.mentee.waitingDays),
    }),
    solveMs,
  };
  await insertRun(db, {
    id,
    association_id: scope.value.associationId,
    created_by: actor.id,
    created_at: run.createdAt,
    status: 'proposed',
    matched: pairs.length,
    mentees_in_pool: mentees.length,
    result: JSON.stringify(run),
  });
  await recordAuditEvent(db, ctx, now, {
    action: 'matching.run',
    subjectType: 'match_run',
    subjectId: id,
    details: {
      associationId: scope.value.associationId,
      sharedFrom: scope.value.sharedFrom,
      mentees: mentees.length,
      mentors: mentors.length,
      matched: pairs.length,
    },
  });
  return ok(run);
}

/** A run as it was proposed; a coach sees the runs of their own association or of all. */
export async function getRun(deps: Deps, actor: Actor, id: string): Promise<Result<MatchRun>> {
  const row = await findRun(deps.db.kysely, id);
  if (!row || (row.association_id && !canSeeAssociation(actor, row.association_id)))
    return fail('not_found', 'No such matching run.');
  return ok({ ...(JSON.parse(row.result) as MatchRun), status: row.status as MatchRun['status'] });
}
