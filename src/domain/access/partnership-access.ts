import type { AccessActor } from './record-access.js';

/**
 * Who may do what with a partnership, its meetings and follow-up (DESIGN.md section 2), as one table:
 * an admin any; the coach of the pair's association; the coach who follows the pair; the mentee and
 * the mentor of the pair. Nobody else (404, so nobody learns another pair exists). The SQL scope
 * (db/scopes/partnership.ts) is built from `partnershipScopeOf`, which reads this same table.
 */
export type PartnershipRelation =
  | 'admin'
  | 'association_coach'
  | 'pair_coach'
  | 'mentee_side'
  | 'mentor_side';

export type PartnershipAction = 'read' | 'list' | 'follow_up';

export const partnershipAccess: Record<PartnershipAction, readonly PartnershipRelation[]> = {
  read: ['admin', 'association_coach', 'pair_coach', 'mentee_side', 'mentor_side'],
  list: ['admin', 'association_coach', 'pair_coach', 'mentee_side', 'mentor_side'],
  // Contacts, help requests, the to-do list: the staff who follow the pair.
  follow_up: ['admin', 'association_coach', 'pair_coach'],
};

/** The facts of a partnership the rule reads. */
export interface PartnershipFacts {
  associationId: string | null;
  coachId: string | null;
  menteeUserId: string | null;
  mentorUserId: string | null;
}

/** How the actor stands to the partnership; null = no relation (deny by default). */
export function relationToPartnership(actor: AccessActor, p: PartnershipFacts): PartnershipRelation | null {
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'coach') {
    if (actor.associationId !== null && actor.associationId === p.associationId) return 'association_coach';
    if (actor.id === p.coachId) return 'pair_coach';
    return null;
  }
  if (actor.role === 'mentee' && actor.id === p.menteeUserId) return 'mentee_side';
  if (actor.role === 'mentor' && actor.id === p.mentorUserId) return 'mentor_side';
  return null;
}

export function mayDoWithPartnership(
  relation: PartnershipRelation | null,
  action: PartnershipAction,
): boolean {
  return relation !== null && partnershipAccess[action].includes(relation);
}

/** The per-record check. */
export function mayAccessPartnership(
  actor: AccessActor,
  p: PartnershipFacts,
  action: PartnershipAction,
): boolean {
  return mayDoWithPartnership(relationToPartnership(actor, p), action);
}

/** The same rule as a set for SQL: one branch per relation the actor can hold that may do the action. */
export type PartnershipScopeBranch =
  | { relation: 'admin' }
  | { relation: 'association_coach'; associationId: string }
  | { relation: 'pair_coach'; coachId: string }
  | { relation: 'mentee_side'; userId: string }
  | { relation: 'mentor_side'; userId: string };

export interface PartnershipScope {
  branches: readonly PartnershipScopeBranch[];
}

export function partnershipScopeOf(actor: AccessActor, action: PartnershipAction): PartnershipScope {
  const held: PartnershipScopeBranch[] = [];
  if (actor.role === 'admin') held.push({ relation: 'admin' });
  else if (actor.role === 'coach') {
    if (actor.associationId !== null)
      held.push({ relation: 'association_coach', associationId: actor.associationId });
    held.push({ relation: 'pair_coach', coachId: actor.id });
  } else if (actor.role === 'mentee') held.push({ relation: 'mentee_side', userId: actor.id });
  else if (actor.role === 'mentor') held.push({ relation: 'mentor_side', userId: actor.id });
  return { branches: held.filter((b) => partnershipAccess[action].includes(b.relation)) };
}

/**
 * The association a staff list of partnerships is limited to, for queries that filter by association
 * only: `all` for an admin, one association for a coach who has one, null (nothing) otherwise.
 */
export function staffAssociationScope(
  actor: AccessActor,
): { kind: 'all' } | { kind: 'association'; id: string } | null {
  const scope = partnershipScopeOf(actor, 'follow_up');
  if (scope.branches.some((b) => b.relation === 'admin')) return { kind: 'all' };
  const own = scope.branches.find((b) => b.relation === 'association_coach');
  return own ? { kind: 'association', id: own.associationId } : null;
}
