import { z } from 'zod';
import { cefrLevels } from './people-vocabulary.js';

/**
 * The input of `mentor2work match`: a plain score matrix, or a pool of profiles (docs/matching.md).
 * Strict: an unknown field is an error, not silently ignored.
 */
const id = z.string().min(1).max(200);
const score = z.number().min(0, 'score below 0').max(1, 'score above 1');
const capacity = z.number().int('capacity must be a whole number').min(0, 'capacity below 0').max(1000);
const cefr = z.enum(cefrLevels);

export const matrixInputSchema = z.strictObject({
  mentees: z.array(id),
  mentors: z.array(z.strictObject({ id, capacity })),
  scores: z.array(z.array(score.nullable())),
  locked: z.array(z.tuple([id, id])).optional(),
});

const profileFields = {
  id,
  personId: id.optional(),
  sectorCode: z
    .string()
    .regex(/^([A-U]|\d{2})$/)
    .nullable()
    .optional(),
  iscoCode: z
    .string()
    .regex(/^\d{1,4}$/)
    .nullable()
    .optional(),
  languages: z
    .array(z.strictObject({ code: z.string().regex(/^[a-z]{2,3}$/), understanding: cefr, speaking: cefr }))
    .min(1),
  skills: z.array(z.string().max(200)).max(200).default([]),
  interests: z.array(z.string().max(200)).max(200).default([]),
  availability: z
    .array(z.string().regex(/^[1-7]-(morning|afternoon|evening)$/))
    .max(21)
    .default([]),
  postcode: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional(),
  location: z
    .strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .nullable()
    .optional(),
  meets: z
    .strictObject({ inPerson: z.boolean(), online: z.boolean() })
    .default({ inPerson: true, online: true }),
  missingTraining: z.array(z.string().max(80)).default([]),
};

export const poolInputSchema = z.strictObject({
  mentees: z.array(
    z.strictObject({ ...profileFields, waitingDays: z.number().int().min(0).max(36500).default(0) }),
  ),
  mentors: z.array(z.strictObject({ ...profileFields, capacity, screened: z.boolean().default(true) })),
  weights: z.record(z.string(), z.number()).optional(),
  blocked: z.array(z.tuple([id, id])).optional(),
  locked: z.array(z.tuple([id, id])).optional(),
});

export type MatrixInput = z.infer<typeof matrixInputSchema>;
export type PoolInput = z.infer<typeof poolInputSchema>;
