import { z } from 'zod';
import { localeSchema, pageOf } from './common.js';
import {
  instrumentVersionStatuses,
  itemKinds,
  questionnaireMoments,
  respondentRoles,
} from './questionnaire-vocabulary.js';

/**
 * Questionnaires as versioned instruments (docs/questionnaires.md, docs/decisions/012): the stored
 * shape of a version's items (read back with parseStoredJson) and the request and response schemas.
 */
const text = z.string().trim().min(1).max(1000);
export const textsSchema = z.strictObject({ nl: text.optional(), fr: text.optional(), en: text.optional() });
const itemId = z.string().min(1).max(40);
const option = z.strictObject({ value: itemId, text: textsSchema });
const itemBase = { id: itemId, required: z.boolean(), text: textsSchema };

export const instrumentItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...itemBase,
    kind: z.literal('likert'),
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(textsSchema).max(11).optional(),
  }),
  z.strictObject({
    ...itemBase,
    kind: z.enum(['single_choice', 'multiple_choice']),
    options: z.array(option).max(60),
  }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
  }),
  z.strictObject({ ...itemBase, kind: z.enum(['short_text', 'long_text']) }),
]);
export const instrumentItemsSchema = z.array(instrumentItemSchema).max(100);
export const instrumentLanguagesSchema = z.array(localeSchema).max(3);

export const momentSchema = z.enum(questionnaireMoments);
export const respondentRoleSchema = z.enum(respondentRoles);
export const itemKindSchema = z.enum(itemKinds);

export const instrumentVersionSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  version: z.number().int(),
  status: z.enum(instrumentVersionStatuses),
  languages: instrumentLanguagesSchema,
  items: instrumentItemsSchema,
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type InstrumentVersionView = z.infer<typeof instrumentVersionSchema>;

export const instrumentSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: textsSchema,
  builtIn: z.boolean(),
  /** The newest published version's number; null before the first is published. */
  publishedVersion: z.number().int().nullable(),
  hasDraft: z.boolean(),
  createdAt: z.string(),
});
export const instrumentsPage = pageOf(instrumentSummarySchema);
export const instrumentVersionsPage = pageOf(instrumentVersionSchema);

export const instrumentParams = z.strictObject({ id: z.string().min(1).max(80) });

export const createInstrumentRequest = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  title: textsSchema,
  languages: instrumentLanguagesSchema,
  items: instrumentItemsSchema,
});
export const saveDraftRequest = z.strictObject({
  languages: instrumentLanguagesSchema,
  items: instrumentItemsSchema,
});

export const scheduleEntrySchema = z.object({
  id: z.string(),
  moment: momentSchema,
  role: respondentRoleSchema,
  instrumentId: z.string(),
  instrumentTitle: textsSchema,
  versionId: z.string(),
  version: z.number().int(),
});
export const schedulePage = pageOf(scheduleEntrySchema);
export const scheduleEntryRequest = z.strictObject({
  moment: momentSchema,
  role: respondentRoleSchema,
  versionId: z.string().min(1).max(80),
});
export const removedResponse = z.object({ removed: z.boolean() });

export const dueQuestionnaireSchema = z.object({
  versionId: z.string(),
  instrumentCode: z.string(),
  title: textsSchema,
  moment: momentSchema,
  partnershipId: z.string().nullable(),
  from: z.string(),
  until: z.string().nullable(),
});
export const dueQuestionnairesResponse = z.object({ items: z.array(dueQuestionnaireSchema) });

export const formQuery = z.strictObject({
  moment: momentSchema,
  partnershipId: z.uuid().optional(),
});
export const questionnaireFormResponse = z.object({
  versionId: z.string(),
  instrumentCode: z.string(),
  title: textsSchema,
  version: z.number().int(),
  /** The language the items are shown and stored in (the reader's, when the version has it). */
  locale: localeSchema,
  moment: momentSchema,
  partnershipId: z.string().nullable(),
  items: instrumentItemsSchema,
});

export const answerValueSchema = z.union([
  z.number(),
  z.string().max(10_000),
  z.array(z.string().max(40)).max(60),
]);
export const answersSchema = z.record(z.string().max(40), answerValueSchema);
export const submitAnswersRequest = z.strictObject({
  moment: momentSchema,
  partnershipId: z.uuid().nullable(),
  answers: answersSchema,
});
export const submittedResponse = z.object({ id: z.string(), submittedAt: z.string() });

export const personAnswerSchema = z.object({
  id: z.string(),
  instrumentCode: z.string(),
  title: textsSchema,
  version: z.number().int(),
  moment: momentSchema,
  locale: localeSchema,
  respondentRole: respondentRoleSchema,
  respondentName: z.string(),
  partnershipId: z.string().nullable(),
  submittedAt: z.string(),
  items: instrumentItemsSchema,
  answers: answersSchema,
});
export const personAnswersPage = pageOf(personAnswerSchema);
