import { describe, expect, it } from 'vitest';
import { decide, policyFor } from './policy.js';

describe('route policy', () => {
  it('denies a route without a policy, whoever calls', () => {
    expect(decide(policyFor(undefined), { role: 'admin', fullySignedIn: true })).toBe('forbidden');
    expect(decide(policyFor('no.such.policy'), null)).toBe('forbidden');
  });

  it('lets anyone call public routes', () => {
    expect(decide(policyFor('auth.sign_in'), null)).toBe('allow');
  });

  it('asks for a session, then the second factor, then the role', () => {
    expect(decide(policyFor('users.list'), null)).toBe('unauthenticated');
    expect(decide(policyFor('users.list'), { role: 'admin', fullySignedIn: false })).toBe(
      'second_factor_needed',
    );
    expect(decide(policyFor('users.list'), { role: 'coach', fullySignedIn: true })).toBe('forbidden');
    expect(decide(policyFor('users.list'), { role: 'admin', fullySignedIn: true })).toBe('allow');
  });

  it('admits a half-signed-in session only where it must finish signing in', () => {
    expect(decide(policyFor('auth.two_factor_verify'), { role: 'coach', fullySignedIn: false })).toBe(
      'allow',
    );
    expect(decide(policyFor('auth.recovery_codes'), { role: 'coach', fullySignedIn: false })).toBe(
      'second_factor_needed',
    );
  });

  it('while a new privacy text waits, admits reading and accepting it, the language, signing out and her rights', () => {
    const waiting = { role: 'mentee' as const, fullySignedIn: true, privacyAcceptanceRequired: true };
    for (const name of [
      'privacy.update_read',
      'privacy.accept',
      'me.locale',
      'auth.sign_out',
      'auth.session',
      // Not accepting takes away none of her rights (GDPR art. 7(3), 15): her data, its export,
      // withdrawing consent, and her sessions.
      'profile.read',
      'profile.consent_withdraw',
      'privacy.own_export',
      'me.sessions',
      'me.session_end',
    ])
      expect(decide(policyFor(name), waiting), name).toBe('allow');
    for (const name of ['me.home', 'profile.update', 'cv.read', 'training.read', 'me.passkeys'])
      expect(decide(policyFor(name), waiting), name).toBe('privacy_acceptance_needed');
    expect(decide(policyFor('users.list'), waiting)).toBe('forbidden');
    expect(decide(policyFor('me.home'), { ...waiting, privacyAcceptanceRequired: false })).toBe('allow');
  });
});
