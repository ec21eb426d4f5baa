import { z } from 'zod';
import { matchRunStatuses } from './matching-vocabulary.js';
import { personKindSchema } from './people.js';

export const criterionNames = [
  'sector',
  'occupation',
  'language',
  'skills',
  'interests',
  'availability',
  'distance',
  'preferences',
  'waiting',
] as const;

/** One criterion of a pair's score, with its reason code for the web app to word (matching.reasons.*). */
export const criterionScoreSchema = z.object({
  criterion: z.enum(criterionNames),
  value: z.number(),
  weight: z.number(),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const matchPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  associationName: z.string().nullable(),
  sectorCode: z.string().nullable(),
  languages: z.array(z.string()),
  postcode: z.string().nullable(),
  /** A mentor that a sister association of the region shares (associationName says which). */
  shared: z.boolean().optional(),
});

export const alternativeSchema = z.object({
  mentor: matchPersonSchema,
  score: z.number(),
  /** The difference with the proposed pair's score (negative: worse for this mentee). */
  delta: z.number(),
  /** What else changes if the coach takes this alternative: the mentee who loses this mentor. */
  displaces: z.string().nullable(),
});

export const proposedPairSchema = z.object({
  mentee: matchPersonSchema.extend({ waitingDays: z.number().int() }),
  mentor: matchPersonSchema,
  score: z.number(),
  criteria: z.array(criterionScoreSchema),
  locked: z.boolean(),
  alternatives: z.array(alternativeSchema),
});

export const unmatchedSchema = z.object({
  mentee: matchPersonSchema.extend({ waitingDays: z.number().int() }),
  /** e.g. "no_shared_language": the constraint that ruled out most mentors, with counts. */
  reason: z.string(),
  constraints: z.record(z.string(), z.number().int()),
  /** A sentence for the coach, e.g. no screened mentor in sector Q speaks ti or fr at B1. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const fairnessSchema = z.object({
  menteesInPool: z.number().int(),
  mentorsInPool: z.number().int(),
  placesInPool: z.number().int(),
  matched: z.number().int(),
  totalScore: z.number(),
  /** Histogram of the proposed pairs' scores in ten bins [0, 0.1), ..., [0.9, 1]. */
  scoreHistogram: z.array(z.number().int()).length(10),
  scoreQuartiles: z.array(z.number()).length(5),
  mentorLoad: z.array(z.object({ mentor: z.string(), proposed: z.number().int(), places: z.number().int() })),
  waitingDays: z.object({
    matchedMedian: z.number(),
    unmatchedMedian: z.number(),
    matchedMax: z.number().int(),
  }),
});

export const matchRunSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  associationId: z.string().nullable(),
  associationName: z.string().nullable(),
  status: z.enum(matchRunStatuses),
  pairs: z.array(proposedPairSchema),
  unmatched: z.array(unmatchedSchema),
  fairness: fairnessSchema,
  solveMs: z.number(),
});
export type MatchRun = z.infer<typeof matchRunSchema>;

export const createRunRequest = z.strictObject({
  /** The pool: one association, or null for all associations (admins). A coach's default is their own. */
  associationId: z.uuid().nullable().optional(),
  /** Pairs [menteeId, mentorId] (person ids) the coach fixed for this run. */
  locked: z
    .array(z.tuple([z.uuid(), z.uuid()]))
    .max(500)
    .default([]),
});

export const blockRequest = z.strictObject({
  menteeId: z.uuid(),
  mentorId: z.uuid(),
  reason: z.string().trim().min(3).max(500),
});

export const confirmRequest = z.strictObject({
  pairs: z
    .array(
      z.strictObject({
        menteeId: z.uuid(),
        mentorId: z.uuid(),
        /** Required when the pair differs from the engine's proposal for this mentee. */
        overrideReason: z.string().trim().min(5).max(1000).optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const partnershipSchema = z.object({
  id: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  status: z.string(),
  score: z.number().nullable(),
  proposedAt: z.string(),
});
export const confirmResponse = z.object({ partnerships: z.array(partnershipSchema) });

export const suggestionsQuery = z.strictObject({
  personId: z.uuid(),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export const suggestionsResponse = z.object({
  person: matchPersonSchema.extend({ kind: personKindSchema }),
  suggestions: z.array(
    z.object({ person: matchPersonSchema, score: z.number(), criteria: z.array(criterionScoreSchema) }),
  ),
  /** Candidates ruled out, counted by hard constraint. */
  excluded: z.record(z.string(), z.number().int()),
});

export const runListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export const runListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      associationName: z.string().nullable(),
      matched: z.number().int(),
      menteesInPool: z.number().int(),
      status: z.enum(matchRunStatuses),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const weightsSchema = z.strictObject(
  Object.fromEntries(criterionNames.map((c) => [c, z.number().min(0).max(10)])) as Record<
    (typeof criterionNames)[number],
    z.ZodNumber
  >,
);
