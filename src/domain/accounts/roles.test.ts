import { describe, expect, it } from 'vitest';
import { sessionState } from '../auth/session-state.js';
import { checkAssociationForRole, requiresTwoFactor } from './roles.js';

describe('roles', () => {
  it('requires two-factor for admins and coaches only', () => {
    expect(
      ['admin', 'coach', 'mentor', 'mentee', 'funder'].filter((r) => requiresTwoFactor(r as 'admin')),
    ).toEqual(['admin', 'coach']);
  });

  it('ties coaches to one association and keeps admins and funders outside', () => {
    expect(checkAssociationForRole('coach', null)).toBe('association.required_for_coach');
    expect(checkAssociationForRole('coach', 'a')).toBeNull();
    expect(checkAssociationForRole('admin', 'a')).toBe('association.not_allowed_for_role');
    expect(checkAssociationForRole('funder', null)).toBeNull();
  });

  it('derives what a session may do', () => {
    expect(sessionState({ role: 'coach', hasSecondFactor: false, twoFactorVerified: false })).toBe(
      'two_factor_setup_required',
    );
    expect(sessionState({ role: 'coach', hasSecondFactor: true, twoFactorVerified: false })).toBe(
      'two_factor_required',
    );
    expect(sessionState({ role: 'mentee', hasSecondFactor: false, twoFactorVerified: false })).toBe(
      'signed_in',
    );
    expect(sessionState({ role: 'mentee', hasSecondFactor: true, twoFactorVerified: false })).toBe(
      'two_factor_required',
    );
    expect(sessionState({ role: 'admin', hasSecondFactor: true, twoFactorVerified: true })).toBe('signed_in');
  });
});
