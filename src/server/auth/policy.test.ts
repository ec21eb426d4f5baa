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

  it('while a new privacy text waits, admits only reading it, accepting it, the language and signing out', () => {
    const waiting = { role: 'mentee' as const, fullySignedIn: true, privacyAcceptanceRequired: true };
    for (const name of [
      'privacy.update_read',
      'privacy.accept',
      'me.locale',
      'auth.sign_out',
      'auth.session',
    ])
      expect(decide(policyFor(name), waiting), name).toBe('allow');
    for (const name of ['me.home', 'profile.read', 'cv.read', 'training.read', 'privacy.own_export'])
      expect(decide(policyFor(name), waiting), name).toBe('privacy_acceptance_needed');
    expect(decide(policyFor('users.list'), waiting)).toBe('forbidden');
    expect(decide(policyFor('me.home'), { ...waiting, privacyAcceptanceRequired: false })).toBe('allow');
  });
});
