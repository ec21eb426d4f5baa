import { z } from 'zod';
import { auditOutcomes } from './base-vocabulary.js';
import { pageOf, pageQuerySchema } from './common.js';

export { auditOutcomes };

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuery = pageQuerySchema.extend({
  action: z.string().trim().max(80).optional(),
  actorId: z.uuid().optional(),
  subjectId: z.string().max(80).optional(),
  outcome: z.enum(auditOutcomes).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const auditPage = pageOf(auditEventSchema);
