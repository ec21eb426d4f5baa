import type { Role } from '../../contracts/common.js';

/** Admins and coaches see people's personal data, so their accounts must use a second factor. */
export function requiresTwoFactor(role: Role): boolean {
  return role === 'admin' || role === 'coach';
}

/** A coach works for exactly one association; admins and funders belong to none. */
export function checkAssociationForRole(
  role: Role,
  associationId: string | null | undefined,
): 'association.required_for_coach' | 'association.not_allowed_for_role' | null {
  if (role === 'coach' && !associationId) return 'association.required_for_coach';
  if ((role === 'admin' || role === 'funder') && associationId) return 'association.not_allowed_for_role';
  return null;
}

export function isStaffRole(role: Role): boolean {
  return role === 'admin' || role === 'coach' || role === 'funder';
}
