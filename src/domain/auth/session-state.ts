import type { Role } from '../../contracts/common.js';
import { requiresTwoFactor } from '../accounts/roles.js';
import { mayUsePasskeyWithoutPassword } from './passkeys.js';

export type SessionState = 'signed_in' | 'two_factor_required' | 'two_factor_setup_required';

/**
 * What a session may do: everything once the second factor is verified (or when the account has none
 * and its role does not need one); otherwise only enter a code, or set up two-factor first.
 */
export function sessionState(input: {
  role: Role;
  /** The account has an authenticator app or at least one passkey. */
  hasSecondFactor: boolean;
  twoFactorVerified: boolean;
}): SessionState {
  if (input.twoFactorVerified) return 'signed_in';
  if (input.hasSecondFactor) return 'two_factor_required';
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

/**
 * Whether the account has a second factor the sign-in must pass after the password: an authenticator
 * app, or for staff a passkey. A participant's passkey is a way to sign in without the password, not a
 * second step added to it: with the password alone she still signs in as before, so losing the phone
 * that holds the passkey never locks her out (docs/security.md, "Passkeys").
 */
export function hasSecondFactor(account: { role: Role; hasTotp: boolean; passkeys: number }): boolean {
  return account.hasTotp || (!mayUsePasskeyWithoutPassword(account.role) && account.passkeys > 0);
}
