import { z } from 'zod';
import { localeSchema } from './common.js';
import { personKinds } from './people-vocabulary.js';
import {
  moduleKinds,
  registrationStatuses,
  trainingAudiences,
  trainingFormats,
  trainingPathStates,
} from './training-vocabulary.js';

const texts = z.strictObject({
  nl: z.string().trim().min(2).max(200),
  fr: z.string().trim().min(2).max(200),
  en: z.string().trim().min(2).max(200),
});
const longTexts = z.strictObject({
  nl: z.string().trim().min(2).max(4000),
  fr: z.string().trim().min(2).max(4000),
  en: z.string().trim().min(2).max(4000),
});

export { moduleKinds, trainingAudiences, trainingFormats };

export const createModuleRequest = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_-]{2,40}$/, 'lower-case letters, digits, - and _'),
  audience: z.enum(trainingAudiences),
  title: texts,
  description: longTexts,
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(60 * 40),
  format: z.enum(trainingFormats),
  languages: z.array(localeSchema).min(1).max(3),
  goals: z.strictObject({
    nl: z.array(z.string().max(200)).max(10),
    fr: z.array(z.string().max(200)).max(10),
    en: z.array(z.string().max(200)).max(10),
  }),
  requiredForMatching: z.boolean().default(false),
  kind: z.enum(moduleKinds).default('training'),
});

export const moduleSchema = z.object({
  id: z.string(),
  code: z.string(),
  audience: z.enum(trainingAudiences),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  durationMinutes: z.number().int(),
  format: z.enum(trainingFormats),
  languages: z.array(z.string()),
  goals: z.record(z.string(), z.array(z.string())),
  requiredForMatching: z.boolean(),
  kind: z.enum(moduleKinds),
});
export const moduleListResponse = z.object({ items: z.array(moduleSchema) });
export const moduleListQuery = z.strictObject({ audience: z.enum(personKinds).optional() });

export const createSessionRequest = z.strictObject({
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(2).max(200).optional(),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .max(300)
    .optional(),
  trainer: z.string().trim().min(2).max(120),
  capacity: z.number().int().min(1).max(500),
  language: localeSchema,
});

export const sessionSchema = z.object({
  id: z.string(),
  moduleId: z.string(),
  moduleCode: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  trainer: z.string(),
  capacity: z.number().int(),
  language: z.string(),
  registered: z.number().int(),
  waitlisted: z.number().int(),
});
export const sessionListQuery = z.strictObject({
  moduleId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const sessionPage = z.object({
  items: z.array(sessionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const registerRequest = z.strictObject({ personId: z.uuid().optional() });
export const registrationSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  personId: z.string(),
  personName: z.string().optional(),
  status: z.enum(registrationStatuses),
  registeredAt: z.string(),
});
export const registrationListResponse = z.object({ items: z.array(registrationSchema) });
export const attendanceRequest = z.strictObject({ attended: z.boolean() });

export const trainingPathResponse = z.object({
  items: z.array(
    z.object({
      module: moduleSchema,
      state: z.enum(trainingPathStates),
      /** Who assigned the module, when a coach did. */
      assignedBy: z.string().nullable(),
      /** The session the person holds a place in, else the module's next coming session. */
      nextSession: sessionSchema.nullable(),
      /** Self-study pages read, of all the module's pages. */
      pagesRead: z.number().int(),
      pageCount: z.number().int(),
    }),
  ),
});

/** One session with its module, places left, the waiting list's length and the caller's own registration. */
export const sessionDetailResponse = z.object({
  session: sessionSchema,
  module: moduleSchema,
  placesLeft: z.number().int(),
  waiting: z.number().int(),
  mine: registrationSchema.nullable(),
});

export const myRegistrationSchema = registrationSchema.extend({
  session: sessionSchema,
  moduleTitle: z.record(z.string(), z.string()),
});
export const myRegistrationPage = z.object({
  items: z.array(myRegistrationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A coach assigns a module to a person of their caseload (it shows on the person's path). */
export const assignModuleRequest = z.strictObject({ moduleId: z.uuid() });
