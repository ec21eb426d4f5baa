import { describe, expect, it } from 'vitest';
import { isRecentlyAuthenticated, mayUsePasskeyWithoutPassword, relyingPartyOf } from './passkeys.js';

describe('relyingPartyOf', () => {
  it('binds passkeys to the domain of the public address', () => {
    expect(relyingPartyOf('https://m2w.example.be')).toEqual({
      rpId: 'm2w.example.be',
      origins: ['https://m2w.example.be'],
      origin: 'https://m2w.example.be',
    });
  });

  it('serves a loopback address as localhost on the same port', () => {
    expect(relyingPartyOf('http://127.0.0.1:3000')).toEqual({
      rpId: 'localhost',
      origins: ['http://localhost:3000'],
      origin: 'http://localhost:3000',
    });
    expect(relyingPartyOf('http://[::1]:8080')?.rpId).toBe('localhost');
    expect(relyingPartyOf('http://localhost:3000')?.origin).toBe('http://localhost:3000');
  });

  it('has no relying party on another IP address', () => {
    expect(relyingPartyOf('http://192.168.1.20:3000')).toBeNull();
    expect(relyingPartyOf('http://[2001:db8::1]')).toBeNull();
  });
});

describe('isRecentlyAuthenticated', () => {
  const now = new Date('2026-12-04T10:00:00Z');
  it('counts a sign-in or a re-entered password within ten minutes', () => {
    expect(
      isRecentlyAuthenticated({ created_at: '2026-12-04T09:51:00Z', reauthenticated_at: null }, now),
    ).toBe(true);
    expect(
      isRecentlyAuthenticated({ created_at: '2026-12-04T09:49:00Z', reauthenticated_at: null }, now),
    ).toBe(false);
    expect(
      isRecentlyAuthenticated(
        { created_at: '2026-12-04T08:00:00Z', reauthenticated_at: '2026-12-04T09:55:00Z' },
        now,
      ),
    ).toBe(true);
  });
});

describe('mayUsePasskeyWithoutPassword', () => {
  it.each([
    ['mentee', true],
    ['mentor', true],
    ['coach', false],
    ['admin', false],
    ['funder', false],
  ])('%s: %s', (role, expected) => {
    expect(mayUsePasskeyWithoutPassword(role)).toBe(expected);
  });
});
