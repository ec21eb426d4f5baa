import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy.js';

const common = new Set(['password', 'welkom123', 'azerty123']);
const isCommon = (p: string) => common.has(p);

describe('password policy', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(findPasswordProblem('fiets langs de schelde', 'amina@example.be', isCommon)).toBeNull();
  });

  it('needs at least 8 characters, counted as characters not bytes', () => {
    expect(findPasswordProblem('kort123', null, isCommon)).toBe('password.too_short');
    expect(findPasswordProblem('ሰላምሰላምሰላም', null, isCommon)).toBeNull();
    expect(findPasswordProblem('ሰላምሰላ', null, isCommon)).toBe('password.too_short');
  });

  it('refuses common passwords whatever their case', () => {
    expect(findPasswordProblem('Welkom123', null, isCommon)).toBe('password.too_common');
  });

  it('refuses the email address or its name part', () => {
    expect(findPasswordProblem('amina.benali@example.be', 'amina.benali@example.be', isCommon)).toBe(
      'password.contains_email',
    );
    expect(findPasswordProblem('amina.benali2026', 'amina.benali@example.be', isCommon)).toBe(
      'password.contains_email',
    );
  });

  it('refuses absurdly long input', () => {
    expect(findPasswordProblem('x'.repeat(257), null, isCommon)).toBe('password.too_long');
  });
});
