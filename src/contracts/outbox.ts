import { z } from 'zod';
import { emailStatuses } from './base-vocabulary.js';
import { pageOf } from './common.js';

export const outboxEmailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(emailStatuses),
  createdAt: z.string(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;
export const outboxPage = pageOf(outboxEmailSchema);
