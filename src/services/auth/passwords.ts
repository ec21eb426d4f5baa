import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { findPasswordProblem, type PasswordProblem } from '../../domain/accounts/password-policy.js';

let commonPasswords: Set<string> | null = null;

/** The ~50,000 most common passwords (zxcvbn-ts), loaded on first use. */
function isCommonPassword(candidate: string): boolean {
  commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return commonPasswords.has(candidate);
}

export function checkNewPassword(password: string, email: string | null): PasswordProblem | null {
  return findPasswordProblem(password, email, isCommonPassword);
}

/** argon2id with the library's defaults (m=19456 KiB, t=2, p=1: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password, verified against when the account does not exist,
// so the response time does not tell whether an email is registered.
const dummyHash = hash(crypto.randomUUID());

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
