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
