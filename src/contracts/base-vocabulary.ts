/**
 * The platform's base word lists (roles, languages of the interface, regions), without zod, so the web
 * app can import them without pulling the validation library into its bundle. contracts/common.ts builds
 * its schemas on them.
 */

/** The five roles of DESIGN.md section 2. */
export const roles = ['admin', 'coach', 'mentor', 'mentee', 'funder'] as const;
export type Role = (typeof roles)[number];

/** Roles an administrator may invite as staff. */
export const staffRoles = ['admin', 'coach', 'funder'] as const;

/** The languages of the platform, Dutch first. */
export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];

export const regions = ['BRU', 'VLG', 'WAL'] as const;
