import { z } from 'zod';

/** A mentor's own line in the directory of mentors (opting in). */
export const directoryEntryRequest = z.strictObject({
  line: z.string().trim().min(2).max(200),
});

export const directoryListingSchema = z.object({
  personId: z.string(),
  name: z.string(),
  sector: z.object({ code: z.string(), label: z.record(z.string(), z.string()) }).nullable(),
  languages: z.array(z.string()),
  line: z.string(),
  listedAt: z.string(),
});

export const directoryPage = z.object({
  items: z.array(directoryListingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The signed-in mentor's own place in the directory: listed (with their line) or not. */
export const ownListingResponse = z.object({
  listed: z.boolean(),
  line: z.string().nullable(),
  listedAt: z.string().nullable(),
});
