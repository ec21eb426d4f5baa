import type { AccessActor } from './record-access.js';

/**
 * Who may see which person (DESIGN.md section 2), as one table: an admin everyone; the coach of the
 * person's association; the coaches of a region its unclaimed applications (the regional inbox).
 * Nobody else, and a coach without an association nobody. The SQL scope (db/scopes/person.ts) is built
 * from `personScopeOf`, which reads this same table, so the list and the per-record check cannot drift.
 */
export type PersonRelation = 'admin' | 'association_coach' | 'region_inbox';

export type PersonAction = 'read' | 'list';

export const personAccess: Record<PersonAction, readonly PersonRelation[]> = {
  read: ['admin', 'association_coach', 'region_inbox'],
  list: ['admin', 'association_coach', 'region_inbox'],
};

/** The facts of a person the rule reads. */
export interface PersonFacts {
  associationId: string | null;
  regionCode: string | null;
}

/** The facts of the actor the rule reads: the region is that of the coach's association (their inbox). */
export interface PersonViewer {
  actor: AccessActor;
  actorRegion: string | null;
}

/** How the viewer stands to the person; null = no relation (deny by default). */
export function relationToPerson(viewer: PersonViewer, person: PersonFacts): PersonRelation | null {
  const { actor, actorRegion } = viewer;
  if (actor.role === 'admin') return 'admin';
  if (actor.role !== 'coach' || !actor.associationId) return null;
  if (person.associationId === actor.associationId) return 'association_coach';
  if (person.associationId === null && person.regionCode !== null && person.regionCode === actorRegion)
    return 'region_inbox';
  return null;
}

export function mayDoWithPerson(relation: PersonRelation | null, action: PersonAction): boolean {
  return relation !== null && personAccess[action].includes(relation);
}

/** The per-record check: whether the viewer may do the action with this person. */
export function mayAccessPerson(viewer: PersonViewer, person: PersonFacts, action: PersonAction): boolean {
  return mayDoWithPerson(relationToPerson(viewer, person), action);
}

/**
 * The same rule as a description of a set, for SQL: the OR of one branch per relation the viewer can
 * hold and that may do the action. No branch = nobody (the SQL scope is `false`).
 */
export type PersonScopeBranch =
  | { relation: 'admin' }
  | { relation: 'association_coach'; associationId: string }
  | { relation: 'region_inbox'; region: string };

export interface PersonScope {
  branches: readonly PersonScopeBranch[];
}

export function personScopeOf(viewer: PersonViewer, action: PersonAction = 'list'): PersonScope {
  const { actor, actorRegion } = viewer;
  const held: PersonScopeBranch[] = [];
  if (actor.role === 'admin') held.push({ relation: 'admin' });
  else if (actor.role === 'coach' && actor.associationId) {
    held.push({ relation: 'association_coach', associationId: actor.associationId });
    if (actorRegion !== null) held.push({ relation: 'region_inbox', region: actorRegion });
  }
  return { branches: held.filter((b) => personAccess[action].includes(b.relation)) };
}

/** Whether a scope admits every person (an admin's): lets a query skip the condition. */
export function isWholePersonScope(scope: PersonScope): boolean {
  return scope.branches.some((b) => b.relation === 'admin');
}
