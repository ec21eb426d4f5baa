import { type PersonFacts, type PersonViewer, personScopeOf, relationToPerson } from './person-access.js';

/**
 * Who may do what with a training registration (a person's place in a session), as one table: the
 * person themself (their own account); staff who may see the person (person-access.ts: an admin, the
 * coach of the person's association, the coaches of the region for an unclaimed application). Only
 * staff record attendance. Nobody else (404). The SQL scope (db/scopes/training-registration.ts) is
 * built from `trainingRegistrationScopeOf`, which reads this same table.
 */
export type TrainingRegistrationRelation = 'admin' | 'association_coach' | 'region_inbox' | 'self';

export type TrainingRegistrationAction = 'read' | 'register' | 'cancel' | 'record_attendance';

export const trainingRegistrationAccess: Record<
  TrainingRegistrationAction,
  readonly TrainingRegistrationRelation[]
> = {
  read: ['admin', 'association_coach', 'region_inbox', 'self'],
  register: ['admin', 'association_coach', 'region_inbox', 'self'],
  cancel: ['admin', 'association_coach', 'region_inbox', 'self'],
  record_attendance: ['admin', 'association_coach', 'region_inbox'],
};

/** The facts of the registered person the rule reads. */
export interface RegisteredPersonFacts extends PersonFacts {
  userId: string | null;
}

/** How the viewer stands to the registered person; null = no relation (deny by default). */
export function relationToRegistration(
  viewer: PersonViewer,
  person: RegisteredPersonFacts,
): TrainingRegistrationRelation | null {
  const { actor } = viewer;
  if (actor.role === 'mentee' || actor.role === 'mentor')
    return person.userId !== null && person.userId === actor.id ? 'self' : null;
  return relationToPerson(viewer, person);
}

export function mayDoWithRegistration(
  relation: TrainingRegistrationRelation | null,
  action: TrainingRegistrationAction,
): boolean {
  return relation !== null && trainingRegistrationAccess[action].includes(relation);
}

/** The per-record check. */
export function mayAccessRegistration(
  viewer: PersonViewer,
  person: RegisteredPersonFacts,
  action: TrainingRegistrationAction,
): boolean {
  return mayDoWithRegistration(relationToRegistration(viewer, person), action);
}

/** The same rule as a set for SQL: one branch per relation the viewer can hold that may do the action. */
export type TrainingRegistrationScopeBranch =
  | { relation: 'admin' }
  | { relation: 'association_coach'; associationId: string }
  | { relation: 'region_inbox'; region: string }
  | { relation: 'self'; userId: string };

export interface TrainingRegistrationScope {
  branches: readonly TrainingRegistrationScopeBranch[];
}

export function trainingRegistrationScopeOf(
  viewer: PersonViewer,
  action: TrainingRegistrationAction,
): TrainingRegistrationScope {
  const { actor } = viewer;
  const held: TrainingRegistrationScopeBranch[] =
    actor.role === 'mentee' || actor.role === 'mentor'
      ? [{ relation: 'self', userId: actor.id }]
      : [...personScopeOf(viewer, 'read').branches];
  return { branches: held.filter((b) => trainingRegistrationAccess[action].includes(b.relation)) };
}
