import type { Role } from '../../contracts/common.js';
import { requiresTwoFactor } from '../accounts/roles.js';

export type SessionState = 'signed_in' | 'two_factor_required' | 'two_factor_setup_required';

/**
 * What a session may do: everything once the second factor is verified (or when the account has none
 * and its role does not need one); otherwise only enter a code, or set up two-factor first.
 */
export function sessionState(input: {
  role: Role;
  hasTotp: boolean;
  twoFactorVerified: boolean;
}): SessionState {
  if (input.twoFactorVerified) return 'signed_in';
  if (input.hasTotp) return 'two_factor_required';
  if (requiresTwoFactor(input.role)) return 'two_factor_setup_required';
  return 'signed_in';
}

/**
 * Whether this session may set up (or replace) the account's authenticator: a fully signed-in session,
 * or one that must set up two-factor before anything else. A session that has passed the password but
 * not yet the second factor may not: enrolling a new authenticator would let someone who knows only the
 * password past the second factor.
 */
export function mayEnrolTwoFactor(state: SessionState): boolean {
  return state === 'signed_in' || state === 'two_factor_setup_required';
}
