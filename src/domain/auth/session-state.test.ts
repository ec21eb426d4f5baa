import { describe, expect, it } from 'vitest';
import { mayEnrolTwoFactor, sessionState } from './session-state.js';

describe('sessionState', () => {
  it('asks for the code when the account has an authenticator and the session has not given it', () => {
    expect(sessionState({ role: 'mentee', hasSecondFactor: true, twoFactorVerified: false })).toBe(
      'two_factor_required',
    );
    expect(sessionState({ role: 'coach', hasSecondFactor: true, twoFactorVerified: true })).toBe('signed_in');
  });

  it('makes staff without an authenticator set one up, and leaves it optional for participants', () => {
    expect(sessionState({ role: 'admin', hasSecondFactor: false, twoFactorVerified: false })).toBe(
      'two_factor_setup_required',
    );
    expect(sessionState({ role: 'mentor', hasSecondFactor: false, twoFactorVerified: false })).toBe(
      'signed_in',
    );
  });
});

describe('mayEnrolTwoFactor', () => {
  it.each([
    ['signed_in', true],
    ['two_factor_setup_required', true],
    ['two_factor_required', false],
  ] as const)('in state %s: %s', (state, expected) => {
    expect(mayEnrolTwoFactor(state)).toBe(expected);
  });
});
