import type { Role } from '../../contracts/common.js';
import { togetherStatuses } from '../../contracts/partnership-vocabulary.js';

/**
 * Who may do what with a mentee's CV, applications and reports (DESIGN.md section 2): the mentee
 * themself; their mentor only while the partnership runs; the coach of their association; an admin.
 * Everyone else learns nothing (404).
 */
export type CareerRelation = 'self' | 'mentor' | 'coach' | 'admin';

/** Partnership statuses in which the pair works together. */
export const runningPartnershipStatuses = togetherStatuses;

export function isRunningPartnership(status: string): boolean {
  return (runningPartnershipStatuses as readonly string[]).includes(status);
}

/** The relation of an actor to a mentee, from facts the service loaded; null = no access. */
export function careerRelation(
  role: Role,
  facts: { isOwnRecord: boolean; hasRunningPartnership: boolean; coachSeesPerson: boolean },
): CareerRelation | null {
  if (role === 'mentee') return facts.isOwnRecord ? 'self' : null;
  if (role === 'mentor') return facts.hasRunningPartnership ? 'mentor' : null;
  if (role === 'coach') return facts.coachSeesPerson ? 'coach' : null;
  if (role === 'admin') return 'admin';
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

const allowed: Record<CareerAction, readonly CareerRelation[]> = {
  read: ['self', 'mentor', 'coach', 'admin'],
  write_cv: ['self', 'coach', 'admin'],
  comment: ['mentor', 'coach', 'admin'],
  resolve_comment: ['self'],
  track_application: ['self', 'mentor', 'coach', 'admin'],
  give_feedback: ['mentor', 'coach', 'admin'],
  // Discrimination reports: never the mentor.
  read_report: ['self', 'coach', 'admin'],
};

export function mayDo(relation: CareerRelation, action: CareerAction): boolean {
  return allowed[action].includes(relation);
}

/** Staff reading a mentee's personal documents leave an audit event; the mentee reading their own does not. */
export function isAuditedReader(relation: CareerRelation): boolean {
  return relation !== 'self';
}
