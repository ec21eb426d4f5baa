import { z } from 'zod';
import { locales, regions, roles, staffRoles } from './base-vocabulary.js';

export { type Locale, locales, type Role, regions, roles, staffRoles } from './base-vocabulary.js';

export const roleSchema = z.enum(roles);
export const staffRoleSchema = z.enum(staffRoles);
export const localeSchema = z.enum(locales);
export const regionSchema = z.enum(regions);

export const idSchema = z.uuid();
export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Every list is paginated: page is 1-based, pageSize at most 100. */
export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** The one error shape of the API; `code` is stable and translated by the web app. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof errorSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
