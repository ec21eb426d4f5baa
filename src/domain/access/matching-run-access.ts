import type { AccessActor } from './record-access.js';

/**
 * Who may do what with a matching run (its stored proposal names mentees and mentors of its pool), as
 * one table: an admin any; the coaches of the association whose pool it ran over. A run over every
 * association at once (an admin's, `associationId` null) names people of all of them, so only admins
 * see it. Nobody else (404). The SQL scope (db/scopes/matching-run.ts) is built from
 * `matchingRunScopeOf`, which reads this same table.
 */
export type MatchingRunRelation = 'admin' | 'association_coach';

export type MatchingRunAction = 'read' | 'list' | 'confirm';

export const matchingRunAccess: Record<MatchingRunAction, readonly MatchingRunRelation[]> = {
  read: ['admin', 'association_coach'],
  list: ['admin', 'association_coach'],
  confirm: ['admin', 'association_coach'],
};

/** The facts of a run the rule reads. */
export interface MatchingRunFacts {
  associationId: string | null;
}

/** How the actor stands to the run; null = no relation (deny by default). */
export function relationToMatchingRun(actor: AccessActor, run: MatchingRunFacts): MatchingRunRelation | null {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'coach' && actor.associationId !== null && actor.associationId === run.associationId)
    return 'association_coach';
  return null;
}

export function mayDoWithMatchingRun(
  relation: MatchingRunRelation | null,
  action: MatchingRunAction,
): boolean {
  return relation !== null && matchingRunAccess[action].includes(relation);
}

/** The per-record check. */
export function mayAccessMatchingRun(actor: AccessActor, run: MatchingRunFacts, action: MatchingRunAction) {
  return mayDoWithMatchingRun(relationToMatchingRun(actor, run), action);
}

/** The same rule as a set for SQL: one branch per relation the actor can hold that may do the action. */
export type MatchingRunScopeBranch =
  | { relation: 'admin' }
  | { relation: 'association_coach'; associationId: string };

export interface MatchingRunScope {
  branches: readonly MatchingRunScopeBranch[];
}

export function matchingRunScopeOf(actor: AccessActor, action: MatchingRunAction): MatchingRunScope {
  const held: MatchingRunScopeBranch[] = [];
  if (actor.role === 'admin') held.push({ relation: 'admin' });
  else if (actor.role === 'coach' && actor.associationId !== null)
    held.push({ relation: 'association_coach', associationId: actor.associationId });
  return { branches: held.filter((b) => matchingRunAccess[action].includes(b.relation)) };
}
