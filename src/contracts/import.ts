import { z } from 'zod';
import { regions } from './base-vocabulary.js';
import { localeSchema } from './common.js';
import { personKindSchema, personStatusSchema } from './people.js';

/** Importing an association's spreadsheet of mentees or mentors: validate (preview), then commit all or none. */
export const importRequest = z.strictObject({
  kind: personKindSchema,
  fileName: z.string().trim().min(1).max(200),
  /** The file itself, base64 (at most about 12 MB). */
  contentBase64: z.string().min(1).max(16_000_000),
  /** Field name -> column header; suggested by the server when absent. */
  mapping: z.record(z.string().max(40), z.string().max(200).nullable()).optional(),
  /** Admins choose the association the people join; a coach's own is used otherwise. */
  associationId: z.uuid().optional(),
});

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

export const importPreviewResponse = z.object({
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.string().nullable()),
  fields: z.array(z.object({ name: z.string(), required: z.boolean() })),
  totalRows: z.number().int(),
  sample: z.array(z.record(z.string(), z.string())),
  errors: z.array(importRowErrorSchema),
  valid: z.boolean(),
});

export const importCommitResponse = z.object({ imported: z.number().int() });

export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** The language of headers and values; the account's UI language when left out. */
  lang: localeSchema.optional(),
  kind: personKindSchema.optional(),
  status: personStatusSchema.optional(),
  sector: z
    .string()
    .regex(/^([A-U]|\d{2})$/)
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  region: z.enum(regions).optional(),
  minWaitingDays: z.coerce.number().int().min(0).max(3650).optional(),
  associationId: z.uuid().optional(),
  q: z.string().trim().max(120).optional(),
});
