import { fail, ok, type Result } from '../result.js';
import type { AccessActor } from './record-access.js';

/** What the pool rule needs to know of an association. */
export interface PoolAssociation {
  id: string;
  region: string;
  /** The association lets sister associations of its region match its mentors (on by default). */
  sharesMentors: boolean;
}

/**
 * Whose people a matching run takes. `null` lists mean every association (an admin's run over all).
 * `sharedFrom` are the sister associations whose mentors join the pool: the coach sees of them only
 * what matching needs.
 */
export interface MatchingPool {
  associationId: string | null;
  menteeAssociationIds: string[] | null;
  mentorAssociationIds: string[] | null;
  sharedFrom: string[];
}

/** The pool of one association: its mentees, its mentors and the mentors its sisters share. */
function poolOf(home: PoolAssociation, associations: readonly PoolAssociation[]): MatchingPool {
  const sisters = associations
    .filter((a) => a.id !== home.id && a.region === home.region && a.sharesMentors)
    .map((a) => a.id)
    .sort();
  return {
    associationId: home.id,
    menteeAssociationIds: [home.id],
    mentorAssociationIds: [home.id, ...sisters],
    sharedFrom: sisters,
  };
}

/**
 * Which pool a caller may run (deny by default). A coach runs their own association's pool, with the
 * mentors that sister associations of the same region share; asking for another association or for
 * all of them is refused. An admin runs any association's pool, or all associations at once.
 */
export function matchingPool(
  actor: AccessActor,
  requested: string | null | undefined,
  associations: readonly PoolAssociation[],
): Result<MatchingPool> {
  const notFound = fail<MatchingPool>('not_found', 'No such association.');
  if (actor.role === 'admin') {
    if (!requested)
      return ok({
        associationId: null,
        menteeAssociationIds: null,
        mentorAssociationIds: null,
        sharedFrom: [],
      });
    const home = associations.find((a) => a.id === requested);
    return home ? ok(poolOf(home, associations)) : notFound;
  }
  if (actor.role !== 'coach' || !actor.associationId) return notFound;
  if (requested !== undefined && requested !== actor.associationId) return notFound;
  const home = associations.find((a) => a.id === actor.associationId);
  return home ? ok(poolOf(home, associations)) : notFound;
}

/**
 * The mirror of the pool rule, for a mentor's suggestions: the associations whose pools hold this
 * mentor (their own, and the sisters of the region when it shares), within what the actor may see.
 */
export function associationsReceiving(
  actor: AccessActor,
  mentorAssociationId: string | null,
  associations: readonly PoolAssociation[],
): string[] {
  const home = associations.find((a) => a.id === mentorAssociationId);
  if (!home) return [];
  const receiving = associations
    .filter((a) => a.id === home.id || (home.sharesMentors && a.region === home.region))
    .map((a) => a.id);
  if (actor.role === 'admin') return receiving;
  if (actor.role !== 'coach' || !actor.associationId) return [];
  return receiving.filter((id) => id === actor.associationId);
}
