import { z } from 'zod';
import { localeSchema } from './common.js';
import { privacyAcceptanceSources } from './privacy-vocabulary.js';

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

/** Whether the signed-in person must accept the current privacy text first (GET /api/auth/session). */
export const privacyAcceptanceStatus = z.object({
  required: z.boolean(),
  /** The version in force. */
  currentVersion: z.string(),
});
export type PrivacyAcceptanceStatus = z.infer<typeof privacyAcceptanceStatus>;

/** One privacy-text version the person accepted, and how. */
export const acceptedPrivacyVersionSchema = z.object({
  version: z.string(),
  locale: localeSchema,
  acceptedAt: z.string(),
  via: z.enum(privacyAcceptanceSources),
});

export const privacyUpdateQuery = z.strictObject({ lang: localeSchema.default('nl') });

/** The privacy update page: the text in force, what changed since the person's last acceptance, the history. */
export const privacyUpdateResponse = z.object({
  required: z.boolean(),
  version: z.string(),
  inForce: z.string(),
  locale: localeSchema,
  title: z.string(),
  paragraphs: z.array(z.string()),
  changes: z.array(z.object({ version: z.string(), inForce: z.string(), summary: z.string() })),
  history: z.array(acceptedPrivacyVersionSchema),
});
export type PrivacyUpdate = z.infer<typeof privacyUpdateResponse>;

/** "I have read and accept": the version read and the language it was read in. */
export const acceptPrivacyRequest = z.strictObject({
  version: z.string().min(1).max(20),
  locale: localeSchema,
});

/**
 * A privacy-text version given to the server from outside the code (PRIVACY_EXTRA_VERSIONS_FILE): a
 * test or a rehearsal of a new text. Published versions are written in services/privacy/privacy-texts.ts.
 */
const localeText = z.strictObject({
  title: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
});
export const privacyVersionFileSchema = z.array(
  z.strictObject({
    id: z.string().min(1).max(20),
    inForce: z.iso.date(),
    texts: z.strictObject({ nl: localeText, fr: localeText, en: localeText }),
    changes: z
      .strictObject({ nl: z.string().min(1), fr: z.string().min(1), en: z.string().min(1) })
      .nullable(),
  }),
);
