import { z } from 'zod';

const titles = z.strictObject({
  nl: z.string().trim().min(2).max(200),
  fr: z.string().trim().min(2).max(200),
  en: z.string().trim().min(2).max(200),
});
/** Rich text (HTML); the server keeps only a small safe set of tags and says when it removed something. */
const bodies = z.strictObject({
  nl: z.string().trim().min(1).max(20_000),
  fr: z.string().trim().min(1).max(20_000),
  en: z.string().trim().min(1).max(20_000),
});

export const pageRequest = z.strictObject({
  title: titles,
  body: bodies,
  /** Reading order; new pages go last when it is left out. */
  position: z.number().int().min(1).max(1000).optional(),
});

export const trainingPageSchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  position: z.number().int(),
  title: z.record(z.string(), z.string()),
  /** Sanitised HTML per language: safe to render as is. */
  body: z.record(z.string(), z.string()),
  readAt: z.string().nullable(),
});

export const pageWriteResponse = z.object({
  page: trainingPageSchema,
  /** True when the sanitiser removed something (scripts, attributes, unsafe links, other tags). */
  sanitised: z.boolean(),
  /** The languages whose text was changed, and a warning to show the editor. */
  sanitisedLanguages: z.array(z.string()),
  warning: z.string().nullable(),
});

export const modulePagesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const modulePagesResponse = z.object({
  items: z.array(trainingPageSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** For the signed-in mentee or mentor: pages read, and whether the module is complete. */
  pagesRead: z.number().int(),
  complete: z.boolean(),
});

export const readResponse = z.object({
  pagesRead: z.number().int(),
  pageCount: z.number().int(),
  complete: z.boolean(),
});
