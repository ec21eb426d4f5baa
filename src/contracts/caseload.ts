import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';

export const caseloadEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['mentee', 'mentor']),
  associationId: z.string().nullable(),
  status: z.string(),
  since: z.string(),
});
export const caseloadQuery = pageQuerySchema.extend({ q: z.string().trim().max(120).optional() });
export const caseloadPage = pageOf(caseloadEntrySchema).extend({
  counts: z.record(z.string(), z.number().int()),
});
