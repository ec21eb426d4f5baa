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

/** The retention report (docs/privacy.md, "Retention"): per data class, what is past its period. */
export const retentionReport = z.object({
  at: z.string(),
  enforced: z.boolean(),
  dryRun: z.boolean(),
  lines: z.array(
    z.object({
      dataClass: z.string(),
      label: z.string(),
      days: z.number().int(),
      action: z.enum(['delete', 'erase', 'keep']),
      cutoff: z.string(),
      due: z.number().int(),
      removed: z.number().int(),
      enforced: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
});
export type RetentionReportResponse = z.infer<typeof retentionReport>;
