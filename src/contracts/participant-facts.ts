import { z } from 'zod';
import { pageOf } from './common.js';
import {
  genders,
  iscedGroups,
  labourMarketStatuses,
  optionalAnswers,
  requiredFacts,
} from './participant-facts-vocabulary.js';
import { isoDaySchema } from './people.js';

const optionalAnswer = z.enum(optionalAnswers).nullable();

/** What the coach records at the intake (docs/participant-facts.md); null = not known yet. */
export const participantFactsRequest = z.strictObject({
  gender: z.enum(genders).nullable(),
  dateOfBirth: isoDaySchema.nullable(),
  labourMarketStatus: z.enum(labourMarketStatuses).nullable(),
  longTermUnemployed: z.boolean().nullable(),
  education: z.enum(iscedGroups).nullable(),
  entryDate: isoDaySchema.nullable(),
  exitDate: isoDaySchema.nullable(),
  /** The participant agreed to answer the optional special-category questions. */
  specialConsent: z.boolean(),
  disability: optionalAnswer,
  thirdCountryNational: optionalAnswer,
  housingExclusion: optionalAnswer,
});
export type ParticipantFactsRequest = z.infer<typeof participantFactsRequest>;

export const participantFactsResponse = z.object({
  personId: z.uuid(),
  /** Whether the person is an ESF+ participant now (a mentee admitted to the programme). */
  participant: z.boolean(),
  facts: participantFactsRequest.omit({ specialConsent: true }),
  specialConsent: z.object({
    given: z.boolean(),
    givenAt: z.string().nullable(),
    version: z.string().nullable(),
  }),
  missing: z.array(z.enum(requiredFacts)),
  /** The ISCED group the application's education answers suggest, for the coach to confirm. */
  suggestedEducation: z.enum(iscedGroups).nullable(),
  updatedAt: z.string().nullable(),
});
export type ParticipantFactsResponse = z.infer<typeof participantFactsResponse>;

export const incompleteFactsItem = z.object({
  personId: z.uuid(),
  name: z.string(),
  status: z.string(),
  missing: z.array(z.enum(requiredFacts)),
});
export const incompleteFactsPage = pageOf(incompleteFactsItem).extend({
  /** Participants in the scope, complete or not, so the coach sees the share. */
  participants: z.number().int(),
});
export type IncompleteFactsPage = z.infer<typeof incompleteFactsPage>;
