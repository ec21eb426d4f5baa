import { togetherStatuses } from '../../contracts/partnership-vocabulary.js';
import type { PersonKind } from '../../contracts/people-vocabulary.js';
import type { AccessActor } from '../access/record-access.js';

/**
 * Who may do what with a mentee's CV, job applications and discrimination reports (DESIGN.md
 * section 2), as one table: the mentee themself; their mentor only while the partnership runs; the
 * coach of their association; an admin. Everyone else learns nothing (404). The SQL scope
 * (db/scopes/career.ts) is built from `careerScopeOf`, which reads this same table.
 */
export type CareerRelation = 'self' | 'mentor' | 'coach' | 'admin';

/** Partnership statuses in which the pair works together. */
export const runningPartnershipStatuses = togetherStatuses;

export function isRunningPartnership(status: string): boolean {
  return (runningPartnershipStatuses as readonly string[]).includes(status);
}

/** The facts of a mentee's career record the rule reads. */
export interface CareerFacts {
  kind: PersonKind;
  associationId: string | null;
  /** The mentee's own account, if they have one. */
  menteeUserId: string | null;
  /** The accounts of the mentors of the mentee's running partnerships. */
  runningMentorUserIds: readonly string[];
}

/** How the actor stands to a mentee's career record; null = no relation (deny by default). */
export function relationToCareer(actor: AccessActor, facts: CareerFacts): CareerRelation | null {
  if (facts.kind !== 'mentee') return null;
  if (actor.role === 'admin') return 'admin';
  if (actor.role === 'coach')
    return actor.associationId !== null && actor.associationId === facts.associationId ? 'coach' : null;
  if (actor.role === 'mentee') return facts.menteeUserId === actor.id ? 'self' : null;
  if (actor.role === 'mentor') return facts.runningMentorUserIds.includes(actor.id) ? 'mentor' : null;
  return null;
}

export type CareerAction =
  | 'read'
  | 'write_cv'
  | 'comment'
  | 'resolve_comment'
  | 'track_application'
  | 'give_feedback'
  | 'read_report';

export const careerAccess: Record<CareerAction, readonly CareerRelation[]> = {
  read: ['self', 'mentor', 'coach', 'admin'],
  write_cv: ['self', 'coach', 'admin'],
  comment: ['mentor', 'coach', 'admin'],
  resolve_comment: ['self'],
  track_application: ['self', 'mentor', 'coach', 'admin'],
  give_feedback: ['mentor', 'coach', 'admin'],
  // Discrimination reports: never the mentor.
  read_report: ['self', 'coach', 'admin'],
};

export function mayDo(relation: CareerRelation | null, action: CareerAction): boolean {
  return relation !== null && careerAccess[action].includes(relation);
}

/** The per-record check. */
export function mayAccessCareer(actor: AccessActor, facts: CareerFacts, action: CareerAction): boolean {
  return mayDo(relationToCareer(actor, facts), action);
}

/** Staff reading a mentee's personal documents leave an audit event; the mentee reading their own does not. */
export function isAuditedReader(relation: CareerRelation): boolean {
  return relation !== 'self';
}

/** The same rule as a set for SQL: one branch per relation the actor can hold that may do the action. */
export type CareerScopeBranch =
  | { relation: 'admin' }
  | { relation: 'coach'; associationId: string }
  | { relation: 'self'; userId: string }
  | { relation: 'mentor'; userId: string };

export interface CareerScope {
  branches: readonly CareerScopeBranch[];
}

export function careerScopeOf(actor: AccessActor, action: CareerAction): CareerScope {
  const held: CareerScopeBranch[] = [];
  if (actor.role === 'admin') held.push({ relation: 'admin' });
  else if (actor.role === 'coach' && actor.associationId !== null)
    held.push({ relation: 'coach', associationId: actor.associationId });
  else if (actor.role === 'mentee') held.push({ relation: 'self', userId: actor.id });
  else if (actor.role === 'mentor') held.push({ relation: 'mentor', userId: actor.id });
  return { branches: held.filter((b) => careerAccess[action].includes(b.relation)) };
}
