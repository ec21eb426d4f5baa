import { listPoolAssociations } from '../../db/queries/associations.js';
import { listBlocks } from '../../db/queries/matching.js';
import { associationsReceiving, matchingPool } from '../../domain/access/matching-pool.js';
import { type CriterionScore, scorePair } from '../../domain/matching/score-pair.js';
import { pairKey } from '../../domain/matching/score-pool.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { loadVisiblePerson } from '../people/load-person.js';
import { loadPool } from './load-pool.js';
import { presentPoolPerson } from './present-run.js';
import { programmeWeights } from './programme-weights.js';

/** The best mentors for one mentee (or mentees for one mentor) in the matching pool, explained. */
export async function suggestMatches(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  personId: string,
  limit: number,
) {
  const db = deps.db.kysely;
  const found = await loadVisiblePerson(db, actor, personId);
  if (!found.ok) return found;
  const kind = found.value.kind;
  // The same pool a matching run takes (domain/access/matching-pool.ts), seen from this person.
  const associations = await listPoolAssociations(db);
  const home = found.value.association_id;
  const menteePool = matchingPool(actor, actor.role === 'admin' ? home : undefined, associations);
  const scope =
    kind === 'mentee'
      ? {
          menteeAssociationIds: home ? [home] : [],
          mentorAssociationIds: menteePool.ok ? (menteePool.value.mentorAssociationIds ?? []) : [],
        }
      : {
          menteeAssociationIds: associationsReceiving(actor, home, associations),
          mentorAssociationIds: home ? [home] : [],
        };
  // A mentee's suggestions may hold mentors that sister associations share: shown as a run shows them.
  const sharedFrom = new Set(kind === 'mentee' && menteePool.ok ? menteePool.value.sharedFrom : []);
  const [pool, weights, blocks] = await Promise.all([
    loadPool(db, scope, deps.now()),
    programmeWeights(deps),
    listBlocks(db),
  ]);
  const blocked = new Set(blocks.map((b) => pairKey(b.mentee_id, b.mentor_id)));
  const self =
    kind === 'mentee'
      ? pool.mentees.find((m) => m.person.id === personId)
      : pool.mentors.find((m) => m.person.id === personId);
  if (!self)
    return fail(
      'matching.person_not_in_run',
      'This person is not in a matching pool (not ready to match, or no free place).',
    );
  const excluded: Record<string, number> = {};
  const scored: Array<{
    person: ReturnType<typeof presentPoolPerson>;
    score: number;
    criteria: CriterionScore[];
  }> = [];
  const others = kind === 'mentee' ? pool.mentors : pool.mentees;
  for (const other of others) {
    const mentee = (kind === 'mentee' ? self.profile : other.profile) as Parameters<typeof scorePair>[0];
    const mentor = (kind === 'mentee' ? other.profile : self.profile) as Parameters<typeof scorePair>[1];
    const result = scorePair(mentee, mentor, {
      weights,
      blocked: blocked.has(pairKey(mentee.id, mentor.id)),
    });
    if (!result.possible) excluded[result.constraint] = (excluded[result.constraint] ?? 0) + 1;
    else
      scored.push({
        person: presentPoolPerson(other.person, sharedFrom),
        score: result.score,
        criteria: result.criteria,
      });
  }
  scored.sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
  await recordAuditEvent(db, ctx, deps.now(), {
    action: 'matching.suggestions',
    subjectType: 'person',
    subjectId: personId,
  });
  return ok({
    person: { ...presentPoolPerson(self.person), kind },
    suggestions: scored.slice(0, limit),
    excluded,
  });
}
