import { z } from 'zod';
import { localeSchema } from './common.js';

/** Search-as-you-type over the reference lists, in the user's language. */
export const referenceSearchQuery = z.strictObject({
  q: z.string().trim().max(80).default(''),
  lang: localeSchema.default('nl'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const sectorSearchQuery = referenceSearchQuery.extend({
  /** 1 = NACE sections, 2 = divisions; both when absent. */
  level: z.coerce.number().int().min(1).max(2).optional(),
});

export const referenceItemSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** A second line: the ISCO group of an occupation, the section of a division, the region of a postcode. */
  detail: z.string().nullable(),
});
export type ReferenceItem = z.infer<typeof referenceItemSchema>;

export const referenceListResponse = z.object({ items: z.array(referenceItemSchema) });

/**
 * The words for codes a screen received without them (an application's occupation, a caseload's
 * sector): up to 50 comma-separated codes of one list, in one language; unknown codes are left out.
 */
export const codeLabelsQuery = z.strictObject({
  list: z.enum(['sectors', 'occupations']),
  codes: z
    .string()
    .max(2000, 'At most 2000 characters.')
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(40, 'A code has at most 40 characters.')).max(50, 'At most 50 codes.')),
  lang: localeSchema.default('nl'),
});
