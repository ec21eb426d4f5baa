import { z } from 'zod';
import { personKinds } from './people-vocabulary.js';

const day = z.iso.date();

export const overviewQuery = z.strictObject({
  from: day,
  to: day,
  moduleId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const moduleOverviewSchema = z.object({
  moduleId: z.string(),
  code: z.string(),
  title: z.record(z.string(), z.string()),
  sessions: z.number().int(),
  registrations: z.number().int(),
  attended: z.number().int(),
  absent: z.number().int(),
  /** attended / (attended + absent); null before any attendance is recorded. */
  attendanceRate: z.number().nullable(),
  waiting: z.number().int(),
});

export const overviewResponse = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(moduleOverviewSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const missingQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** One person and one required module they have not completed. */
export const missingTrainingSchema = z.object({
  personId: z.string(),
  name: z.string(),
  kind: z.enum(personKinds),
  status: z.string(),
  associationName: z.string().nullable(),
  moduleId: z.string(),
  moduleCode: z.string(),
  moduleTitle: z.record(z.string(), z.string()),
});

export const missingTrainingPage = z.object({
  items: z.array(missingTrainingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
