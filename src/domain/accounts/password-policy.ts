export const passwordMinLength = 8;
export const passwordMaxLength = 256;

export type PasswordProblem =
  | 'password.too_short'
  | 'password.too_long'
  | 'password.too_common'
  | 'password.contains_email';

/**
 * The rules of NIST SP 800-63B: a minimum length, no composition rules, and no password that is on a
 * list of commonly used ones or that is the account's own email or its local part.
 */
export function findPasswordProblem(
  password: string,
  email: string | null,
  isCommonPassword: (candidate: string) => boolean,
): PasswordProblem | null {
  const length = [...password].length;
  if (length < passwordMinLength) return 'password.too_short';
  if (length > passwordMaxLength) return 'password.too_long';
  const lowered = password.toLowerCase();
  if (isCommonPassword(lowered)) return 'password.too_common';
  if (email) {
    const normalised = email.toLowerCase();
    const local = normalised.split('@')[0] ?? '';
    if (lowered === normalised || (local.length >= 4 && lowered.includes(local)))
      return 'password.contains_email';
  }
  return null;
}
