import { z } from 'zod';
import { discriminationGrounds, reportStatuses } from './career-vocabulary.js';
import { pageOf } from './common.js';
import { isoDaySchema } from './people.js';

export const reportRequest = z.strictObject({
  /** The job application it happened in, if any. */
  applicationId: z.uuid().nullable().optional(),
  occurredOn: isoDaySchema,
  whatHappened: z.string().trim().min(1).max(5000),
  grounds: z.array(z.enum(discriminationGrounds)).min(1).max(discriminationGrounds.length),
});

export const handleReportRequest = z.strictObject({ note: z.string().trim().min(1).max(3000) });

/** A report in a list: no account of what happened (opening one is a separate, audited read). */
export const reportSummarySchema = z.object({
  id: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  occurredOn: z.string(),
  status: z.enum(reportStatuses),
  createdAt: z.string(),
  applicationId: z.string().nullable(),
});
export const reportPage = pageOf(reportSummarySchema);

export const reportSchema = reportSummarySchema.extend({
  whatHappened: z.string(),
  grounds: z.array(z.enum(discriminationGrounds)),
  applicationLabel: z.string().nullable(),
  handledAt: z.string().nullable(),
  handledNote: z.string().nullable(),
});
export type DiscriminationReport = z.infer<typeof reportSchema>;
