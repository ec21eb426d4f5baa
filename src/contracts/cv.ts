import { z } from 'zod';
import { locales } from './base-vocabulary.js';
import { cvSections, cvUploadMaxBytes, cvUploadTypes, recognitionStates } from './career-vocabulary.js';
import { pageOf } from './common.js';
import { cefrSchema, countryCodeSchema, languageCodeSchema } from './people.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const longText = (max: number) => z.string().trim().max(max);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month as YYYY-MM');

export const cvExperienceSchema = z.strictObject({
  employer: text(120),
  role: text(120),
  country: countryCodeSchema,
  from: monthSchema,
  /** null while the job goes on. */
  to: monthSchema.nullable(),
  description: longText(2000).default(''),
});

export const cvEducationSchema = z.strictObject({
  title: text(160),
  institution: text(160),
  country: countryCodeSchema,
  year: z.number().int().min(1940).max(2100),
  /** Whether the diploma is recognised in Belgium (NARIC); foreign diplomas often are not. */
  recognised: z.enum(recognitionStates),
});

/** A foreign language with the CEFR self-assessment grid (Europass ProficiencyLevel). */
export const cvForeignLanguageSchema = z.strictObject({
  code: languageCodeSchema,
  listening: cefrSchema,
  reading: cefrSchema,
  spokenInteraction: cefrSchema,
  spokenProduction: cefrSchema,
  writing: cefrSchema,
});

/** Which contact details the mentee prints under her name (the name always); stored with each version. */
export const cvContactSchema = z.strictObject({
  phone: z.boolean(),
  email: z.boolean(),
  town: z.boolean(),
});

/** The structured CV of one version (DESIGN.md section 4, "Feedback on documents"). */
export const cvContentSchema = z.strictObject({
  contact: cvContactSchema.default({ phone: false, email: false, town: false }),
  profile: longText(3000).default(''),
  experience: z.array(cvExperienceSchema).max(30).default([]),
  education: z.array(cvEducationSchema).max(20).default([]),
  skills: z
    .strictObject({
      /** ESCO skill URIs from the reference list. */
      esco: z.array(z.string().min(1).max(200)).max(50).default([]),
      free: z.array(text(80)).max(50).default([]),
    })
    .default({ esco: [], free: [] }),
  languages: z
    .strictObject({
      motherTongues: z.array(languageCodeSchema).max(5).default([]),
      foreign: z.array(cvForeignLanguageSchema).max(15).default([]),
    })
    .default({ motherTongues: [], foreign: [] }),
  talents: z.array(text(200)).max(20).default([]),
  interests: z.array(text(200)).max(20).default([]),
});
export type CvContent = z.output<typeof cvContentSchema>;

/**
 * The proposal for a mentee's first version, pre-filled from the application and the intake: the
 * same shape as a version, but what neither said (an employer, a start month, a diploma's year) is
 * left empty for the mentee to complete before saving.
 */
export const cvDraftSchema = z.object({
  contact: cvContactSchema,
  profile: z.string(),
  experience: z.array(
    z.object({
      employer: z.string(),
      role: z.string(),
      country: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      description: z.string(),
    }),
  ),
  education: z.array(
    z.object({
      title: z.string(),
      institution: z.string(),
      country: z.string(),
      year: z.number().int().nullable(),
      recognised: z.enum(recognitionStates),
    }),
  ),
  skills: z.object({ esco: z.array(z.string()), free: z.array(z.string()) }),
  languages: z.object({
    motherTongues: z.array(z.string()),
    foreign: z.array(cvForeignLanguageSchema),
  }),
  talents: z.array(z.string()),
  interests: z.array(z.string()),
});
export type CvDraft = z.infer<typeof cvDraftSchema>;

export const saveCvRequest = z.strictObject({
  /** The version the editor started from (null for the first); a newer one in between is a 409. */
  basedOn: z.number().int().min(1).nullable(),
  content: cvContentSchema,
});

export const cvVersionSummarySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});

export const cvVersionSchema = cvVersionSummarySchema.extend({
  content: cvContentSchema,
  /** Labels of the ESCO skills in the reader's language. */
  skillLabels: z.record(z.string(), z.string()),
});
export type CvVersion = z.infer<typeof cvVersionSchema>;

export const cvOverviewSchema = z.object({
  mentee: z.object({
    id: z.string(),
    name: z.string(),
    sectorSection: z.string().nullable(),
  }),
  /** How the reader relates to the mentee: decides which buttons the web app shows. */
  relation: z.enum(['self', 'mentor', 'coach', 'admin']),
  current: cvVersionSchema.nullable(),
  /** Without any version yet: the pre-filled first version, with the ESCO skills' labels. */
  draft: cvDraftSchema.extend({ skillLabels: z.record(z.string(), z.string()) }).nullable(),
  /** The contact details the mentee can choose to print (from her profile). */
  contactDetails: z.object({ phone: z.string().nullable(), email: z.string(), town: z.string().nullable() }),
});

export const cvVersionPage = pageOf(cvVersionSummarySchema);

export const cvCommentSchema = z.object({
  id: z.string(),
  versionNumber: z.number().int(),
  section: z.enum(cvSections),
  itemIndex: z.number().int().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  authorRole: z.string(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type CvComment = z.infer<typeof cvCommentSchema>;
export const cvCommentPage = pageOf(cvCommentSchema);

export const addCommentRequest = z.strictObject({
  section: z.enum(cvSections),
  itemIndex: z.number().int().min(0).max(100).optional(),
  body: text(2000),
});

export const markCommentRequest = z.strictObject({ done: z.boolean() });

export const versionParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) });
export const languageQuery = z.strictObject({ lang: z.enum(locales).optional() });

export const uploadRequest = z.strictObject({
  fileName: text(160),
  contentType: z.enum(cvUploadTypes),
  /** The file, base64-encoded. */
  data: z
    .base64()
    .min(1)
    .max(Math.ceil((cvUploadMaxBytes * 4) / 3) + 4),
});

export const attachmentSchema = z.object({
  id: z.string(),
  versionNumber: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});
export const attachmentPage = pageOf(attachmentSchema);

export const careerMenteesResponse = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), self: z.boolean() })),
});
