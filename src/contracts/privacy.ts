import { z } from 'zod';

/** The right to erasure (docs/privacy.md, "Erasure"). */
export const erasureRequest = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'Give why the person is erased (at least 3 characters).')
    .max(500, 'At most 500 characters.'),
});
export type ErasureRequest = z.infer<typeof erasureRequest>;

export const erasureSummary = z.object({
  personId: z.string(),
  erasedAt: z.string(),
  erased: z.record(z.string(), z.number().int()),
  held: z.object({ until: z.string(), kept: z.array(z.string()) }).nullable(),
  logEmptied: z.boolean(),
});
export type ErasureSummaryResponse = z.infer<typeof erasureSummary>;
