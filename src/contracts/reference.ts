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
