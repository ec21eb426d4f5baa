import type { Role } from '../../contracts/common.js';

export interface AccessActor {
  id: string;
  role: Role;
  associationId: string | null;
}

/**
 * Record-level rules (DESIGN.md section 2), pure so services and the route policy share them.
 * A coach may see their own association; an admin every one; nobody else any.
 */
export function canSeeAssociation(actor: AccessActor, associationId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'coach' && actor.associationId === associationId);
}

/** Whose caseload an actor sees: null means every association (admins). */
export function caseloadScope(actor: AccessActor): { associationId: string | null } {
  return { associationId: actor.role === 'admin' ? null : (actor.associationId ?? '') };
}

/**
 * A coach sees the people of their own association, and the unclaimed applications from their
 * association's region (the regional inbox); an admin sees everyone; nobody else sees anyone here.
 */
export function canSeePerson(
  actor: AccessActor,
  person: { associationId: string | null; regionCode: string | null },
  actorAssociationRegion: string | null,
): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'coach' || !actor.associationId) return false;
  if (person.associationId === actor.associationId) return true;
  return (
    person.associationId === null &&
    person.regionCode !== null &&
    person.regionCode === actorAssociationRegion
  );
}
