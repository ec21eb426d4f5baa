import type { PartnershipFacts } from './partnership-access.js';
import { relationToPartnership } from './partnership-access.js';
import type { AccessActor } from './record-access.js';

/**
 * Who may do what with a pair's meetings and the private notes written on them, as one table. The
 * relations are those of the partnership (partnership-access.ts), with the coaches split in two: the
 * coach who follows the pair (the named coach, or any coach of the pair's association while none is
 * named) and the other coaches of the association. Everyone may read the meetings and keep the regular
 * ones; only staff plan, record or cancel the introduction and the evaluation; of the private notes,
 * each writer reads their own, and of the staff only an admin and the following coach read the others'.
 * Nobody else (404). The SQL scope of the notes (db/scopes/meeting.ts) is built from `meetingScopeOf`.
 */
export type MeetingRelation =
  | 'admin'
  | 'following_coach'
  | 'association_coach'
  | 'mentee_side'
  | 'mentor_side';

export type MeetingAction = 'read' | 'write_regular' | 'write_coach_kinds' | 'read_private_notes';

export const meetingAccess: Record<MeetingAction, readonly MeetingRelation[]> = {
  read: ['admin', 'following_coach', 'association_coach', 'mentee_side', 'mentor_side'],
  write_regular: ['admin', 'following_coach', 'association_coach', 'mentee_side', 'mentor_side'],
  write_coach_kinds: ['admin', 'following_coach', 'association_coach'],
  read_private_notes: ['admin', 'following_coach'],
};

/** How the actor stands to the pair's meetings; null = no relation (deny by default). */
export function relationToMeetings(actor: AccessActor, pair: PartnershipFacts): MeetingRelation | null {
  const relation = relationToPartnership(actor, pair);
  if (relation === 'association_coach')
    return pair.coachId === null || pair.coachId === actor.id ? 'following_coach' : 'association_coach';
  if (relation === 'pair_coach') return 'following_coach';
  return relation;
}

export function mayDoWithMeetings(relation: MeetingRelation | null, action: MeetingAction): boolean {
  return relation !== null && meetingAccess[action].includes(relation);
}

/** The per-record check. */
export function mayAccessMeetings(
  actor: AccessActor,
  pair: PartnershipFacts,
  action: MeetingAction,
): boolean {
  return mayDoWithMeetings(relationToMeetings(actor, pair), action);
}

/** The same rule as a set for SQL: one branch per relation the actor can hold that may do the action. */
export type MeetingScopeBranch =
  | { relation: 'admin' }
  | { relation: 'following_coach'; coachId: string; associationId: string | null }
  | { relation: 'association_coach'; coachId: string; associationId: string }
  | { relation: 'mentee_side'; userId: string }
  | { relation: 'mentor_side'; userId: string };

export interface MeetingScope {
  branches: readonly MeetingScopeBranch[];
}

export function meetingScopeOf(actor: AccessActor, action: MeetingAction): MeetingScope {
  const held: MeetingScopeBranch[] = [];
  if (actor.role === 'admin') held.push({ relation: 'admin' });
  else if (actor.role === 'coach') {
    held.push({ relation: 'following_coach', coachId: actor.id, associationId: actor.associationId });
    if (actor.associationId !== null)
      held.push({ relation: 'association_coach', coachId: actor.id, associationId: actor.associationId });
  } else if (actor.role === 'mentee') held.push({ relation: 'mentee_side', userId: actor.id });
  else if (actor.role === 'mentor') held.push({ relation: 'mentor_side', userId: actor.id });
  return { branches: held.filter((b) => meetingAccess[action].includes(b.relation)) };
}
