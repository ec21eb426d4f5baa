/**
 * The platform's base word lists (roles, languages of the interface, regions), without zod, so the web
 * app can import them without pulling the validation library into its bundle. contracts/common.ts builds
 * its schemas on them.
 */

/** Whether `word` is one of the words of `list`: narrows a stored or typed-in text to the list's type. */
export function isOneOf<W extends string>(list: readonly W[], word: string | null | undefined): word is W {
  return (list as readonly unknown[]).includes(word);
}

/** The five roles of DESIGN.md section 2. */
export const roles = ['admin', 'coach', 'mentor', 'mentee', 'funder'] as const;
export type Role = (typeof roles)[number];

/** Roles an administrator may invite as staff. */
export const staffRoles = ['admin', 'coach', 'funder'] as const satisfies readonly Role[];

/** The roles of the programme's participants (the person kinds), who see their own partnership. */
export const participantRoles = ['mentee', 'mentor'] as const satisfies readonly Role[];
/** The languages of the platform, Dutch first. */
export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];

export const regions = ['BRU', 'VLG', 'WAL'] as const;
export type Region = (typeof regions)[number];

/** How an audited action ended (contracts/audit.ts). */
export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** An email of the outbox: stored (not sent in this set-up), queued, sent, or failed. */
export const emailStatuses = ['stored', 'queued', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];
