import { z } from 'zod';
import { applicationChannels, applicationStages } from './career-vocabulary.js';
import { pageOf } from './common.js';
import { isoDaySchema } from './people.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const applicationFields = {
  employer: text(160),
  role: text(160),
  appliedOn: isoDaySchema,
  channel: z.enum(applicationChannels),
  nextStep: text(300).nullable().optional(),
  nextStepOn: isoDaySchema.nullable().optional(),
  /** The CV version sent with it. */
  cvVersionNumber: z.number().int().min(1).nullable().optional(),
  /** An uploaded CV document sent with it. */
  attachmentId: z.uuid().nullable().optional(),
  notes: z.string().trim().max(3000).nullable().optional(),
};

export const createJobApplicationRequest = z.strictObject(applicationFields);
export const updateJobApplicationRequest = z.strictObject(applicationFields).partial();
export type JobApplicationInput = z.infer<typeof updateJobApplicationRequest>;

export const stageChangeRequest = z.strictObject({ stage: z.enum(applicationStages) });
export const feedbackRequest = z.strictObject({ body: text(3000) });

export const jobApplicationSummarySchema = z.object({
  id: z.string(),
  menteeId: z.string(),
  employer: z.string(),
  role: z.string(),
  appliedOn: z.string(),
  channel: z.enum(applicationChannels),
  stage: z.enum(applicationStages),
  nextStep: z.string().nullable(),
  nextStepOn: z.string().nullable(),
  updatedAt: z.string(),
});

export const jobApplicationSchema = jobApplicationSummarySchema.extend({
  cvVersionNumber: z.number().int().nullable(),
  attachmentId: z.string().nullable(),
  notes: z.string().nullable(),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
    }),
  ),
  feedback: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      authorName: z.string().nullable(),
      authorRole: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type JobApplication = z.infer<typeof jobApplicationSchema>;
export const jobApplicationPage = pageOf(jobApplicationSummarySchema);
