import { z } from 'zod';
import { emailSchema, localeSchema, pageOf, pageQuerySchema, regionSchema } from './common.js';
import {
  caseloadSorts,
  cefrLevels,
  educationLevels,
  heardFromOptions,
  menteeDecisionReasons,
  menteeStatuses,
  mentorDecisionReasons,
  mentorStatuses,
  personKinds,
  personStatuses,
  trainingNeeds,
} from './people-vocabulary.js';

export {
  caseloadSorts,
  cefrLevels,
  educationLevels,
  heardFromOptions,
  menteeDecisionReasons,
  menteeStatuses,
  mentorDecisionReasons,
  mentorStatuses,
  personKinds,
  trainingNeeds,
};

export const cefrSchema = z.enum(cefrLevels);
export const spokenLevelSchema = z.enum([...cefrLevels, 'native']);

export const personKindSchema = z.enum(personKinds);

export const personStatusSchema = z.enum(personStatuses);

export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code');
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 country code');
export const postcodeSchema = z.string().regex(/^\d{4}$/, 'four digits');
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,20}$/, 'phone number');
export const isoDaySchema = z.iso.date();
const shortText = (max: number) => z.string().trim().min(1).max(max);

/** The honeypot: a field people never see; bots fill it. */
const honeypot = z.string().max(0).optional();

export const spokenLanguageSchema = z.strictObject({ code: languageCodeSchema, level: spokenLevelSchema });

export const menteeApplicationRequest = z.strictObject({
  locale: localeSchema,
  firstName: shortText(80),
  lastName: shortText(80),
  email: emailSchema,
  phone: phoneSchema.optional(),
  dateOfBirth: isoDaySchema,
  postcode: postcodeSchema,
  languages: z.array(spokenLanguageSchema).min(1).max(10),
  yearsOfExperience: z.number().int().min(0).max(60),
  experience: z
    .array(
      z.strictObject({
        occupationCode: z.string().max(40).optional(),
        title: shortText(120),
        country: countryCodeSchema,
        years: z.number().int().min(0).max(60),
      }),
    )
    .max(10),
  education: z
    .array(
      z.strictObject({
        level: z.enum(educationLevels),
        field: z.string().trim().max(120).optional(),
        country: countryCodeSchema,
        recognisedInBelgium: z.boolean(),
      }),
    )
    .max(6),
  targetSectorCode: z.string().regex(/^([A-U]|\d{2})$/, 'NACE section or division'),
  targetOccupationCode: z.string().max(40).optional(),
  preferredAssociationId: z.uuid().optional(),
  heardFrom: z.enum(heardFromOptions),
  /** Eligibility: the applicant or a parent migrated to Belgium. */
  migrantBackground: z.enum(['self', 'parent', 'no']),
  /** Stored (encrypted) only with the separate, optional consent. */
  migrantBackgroundDetail: z
    .strictObject({
      countryOfBirth: countryCodeSchema.optional(),
      parentsCountries: z.array(countryCodeSchema).max(2).optional(),
    })
    .optional(),
  consents: z.strictObject({ privacyVersion: z.string().min(1).max(20), migrantBackground: z.boolean() }),
  website: honeypot,
});
export type MenteeApplication = z.infer<typeof menteeApplicationRequest>;

export const mentorApplicationRequest = z.strictObject({
  locale: localeSchema,
  firstName: shortText(80),
  lastName: shortText(80),
  email: emailSchema,
  phone: phoneSchema.optional(),
  postcode: postcodeSchema,
  employer: shortText(120),
  sectorCode: z.string().regex(/^([A-U]|\d{2})$/, 'NACE section or division'),
  occupationCode: z.string().max(40).optional(),
  yearsOfExperience: z.number().int().min(0).max(60),
  expertise: z.array(shortText(80)).max(20),
  languages: z.array(spokenLanguageSchema).min(1).max(10),
  motivation: z.string().trim().min(10).max(2000),
  capacity: z.number().int().min(1).max(5),
  preferredAssociationId: z.uuid().optional(),
  heardFrom: z.enum(heardFromOptions),
  consents: z.strictObject({ privacyVersion: z.string().min(1).max(20) }),
  website: honeypot,
});
export type MentorApplication = z.infer<typeof mentorApplicationRequest>;

export const eligibilityRuleSchema = z.enum([
  'age',
  'migrant_background',
  'work_experience',
  'no_recognised_qualification',
]);

export const applicationReceipt = z.object({
  /** `linked` when the same email or phone applied before: the application joins that person. */
  outcome: z.enum(['received', 'linked']),
  eligibility: z.object({ eligible: z.boolean(), failed: z.array(eligibilityRuleSchema) }).nullable(),
});

export const privacyTextResponse = z.object({
  version: z.string(),
  /** The day (YYYY-MM-DD) this version applies from. */
  inForce: z.string(),
  locale: localeSchema,
  title: z.string(),
  paragraphs: z.array(z.string()),
});
export const privacyQuery = z.strictObject({ lang: localeSchema.default('nl') });

export const publicAssociationsResponse = z.object({
  items: z.array(
    z.object({ id: z.string(), name: z.string(), region: regionSchema, city: z.string().nullable() }),
  ),
});

// ---- The coach's side ----

export const availabilitySlotSchema = z.strictObject({
  day: z.number().int().min(1).max(7),
  part: z.enum(['morning', 'afternoon', 'evening']),
});

export const assessmentRequest = z.strictObject({
  sectorCode: z.string().regex(/^([A-U]|\d{2})$/, 'NACE section or division'),
  occupationCode: z.string().max(40).nullable().optional(),
  skillUris: z.array(z.string().max(120)).max(30),
  tags: z.array(shortText(40)).max(20),
  languages: z
    .array(
      z.strictObject({
        code: languageCodeSchema,
        understanding: cefrSchema,
        speaking: cefrSchema,
        writing: cefrSchema,
      }),
    )
    .min(1)
    .max(10),
  interests: z.array(shortText(60)).max(20),
  motivation: z.number().int().min(1).max(5),
  availability: z.array(availabilitySlotSchema).max(21),
  postcode: postcodeSchema,
  meetingPreferences: z.strictObject({
    inPerson: z.boolean(),
    online: z.boolean(),
    notes: z.string().trim().max(500).optional(),
  }),
  trainingNeeds: z.array(z.enum(trainingNeeds)).max(trainingNeeds.length),
  notes: z.string().trim().max(4000).optional(),
  /** Mentors: how many mentees at once. */
  capacity: z.number().int().min(1).max(5).optional(),
  yearsOfExperience: z.number().int().min(0).max(60).optional(),
});
export type Assessment = z.infer<typeof assessmentRequest>;

export const intakeRequest = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().int().min(15).max(240).default(60),
    place: z.string().trim().min(2).max(200).optional(),
    videoUrl: z
      .url({ protocol: /^https$/ })
      .max(300)
      .optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => Boolean(v.place) !== Boolean(v.videoUrl), {
    message: 'Give either a place or a video link',
    path: ['place'],
  });

/** The coach records an intake that took place on a past date, with its assessment, in one step. */
export const heldIntakeRequest = z.strictObject({
  heldAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(15).max(240).default(60),
  place: z.string().trim().min(2).max(200).optional(),
  assessment: assessmentRequest,
});

export const decisionRequest = z.strictObject({
  decision: z.enum(['ready_to_match', 'ineligible', 'accepted', 'declined']),
  reasonCode: z
    .enum([...new Set([...menteeDecisionReasons, ...mentorDecisionReasons])] as [string, ...string[]])
    .optional(),
  reasonText: z.string().trim().max(1000).optional(),
  /** Required when a mentee who failed an eligibility rule is made ready to match. */
  overrideReason: z.string().trim().min(10).max(1000).optional(),
});

export const statusChangeSchema = z.object({
  from: z.string().nullable(),
  to: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  reasonCode: z.string().nullable(),
  reasonText: z.string().nullable(),
});

export const personSummarySchema = z.object({
  id: z.string(),
  kind: personKindSchema,
  name: z.string(),
  status: z.string(),
  associationId: z.string().nullable(),
  associationName: z.string().nullable(),
  region: regionSchema.nullable(),
  sectorCode: z.string().nullable(),
  languages: z.array(z.string()),
  appliedAt: z.string(),
  waitingDays: z.number().int(),
  eligible: z.boolean().nullable(),
  duplicate: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const caseloadListQuery = pageQuerySchema.extend({
  kind: personKindSchema.optional(),
  status: personStatusSchema.optional(),
  sector: z
    .string()
    .regex(/^([A-U]|\d{2})$/)
    .optional(),
  language: languageCodeSchema.optional(),
  region: regionSchema.optional(),
  minWaitingDays: z.coerce.number().int().min(0).max(3650).optional(),
  associationId: z.uuid().optional(),
  q: z.string().trim().max(120).optional(),
  sort: z.enum(caseloadSorts).default('applied_desc'),
});
/** The staff header's name search: at least two letters, at most 100 characters. */
export const peopleSearchQuery = pageQuerySchema.extend({
  q: z.string().trim().min(2, 'Type at least 2 letters of the name.').max(100, 'At most 100 characters.'),
});
export const peopleSearchPage = pageOf(personSummarySchema);

export const personPage = pageOf(personSummarySchema).extend({
  counts: z.record(z.string(), z.number().int()),
});

/** A planned intake interview as stored on the person (people.intake) and shown to staff and the person. */
export const plannedIntakeSchema = z.object({
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** Set when the intake was recorded as held on a past date (a walk-in, told afterwards). */
  heldAt: z.string().nullable().default(null),
  /** When that record was entered. */
  recordedAt: z.string().nullable().default(null),
});

/** A stored intake (people.intake) read with its schema; a record of another shape reads as none. */
export function parseStoredIntake(json: string | null): z.infer<typeof plannedIntakeSchema> | null {
  if (!json) return null;
  const parsed = plannedIntakeSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export const personDetailSchema = personSummarySchema.extend({
  email: z.string(),
  phone: z.string().nullable(),
  locale: localeSchema,
  postcode: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  /** The answers of the application form (never the sensitive ones). */
  application: z.record(z.string(), z.unknown()),
  eligibilityFailed: z.array(eligibilityRuleSchema),
  assessment: assessmentRequest.nullable(),
  intake: plannedIntakeSchema.nullable(),
  history: z.array(statusChangeSchema),
  consents: z.array(
    z.object({
      kind: z.string(),
      version: z.string(),
      locale: z.string(),
      givenAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  hasSensitiveData: z.boolean(),
  hasAccount: z.boolean(),
  linkedApplications: z.number().int(),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const sensitiveDataResponse = z.object({
  migrantBackground: z.enum(['self', 'parent', 'no']).nullable(),
  countryOfBirth: z.string().nullable(),
  parentsCountries: z.array(z.string()),
});

export const ownProfileUpdate = z.strictObject({
  phone: phoneSchema.nullable().optional(),
  postcode: postcodeSchema.optional(),
  languages: z.array(spokenLanguageSchema).min(1).max(10).optional(),
  locale: localeSchema.optional(),
});
