import { z } from 'zod';
import { weightsSchema } from '../../contracts/matching.js';
import { findWeights } from '../../db/queries/matching.js';
import { checkWeights, defaultWeights, type Weights } from '../../domain/matching/score-pair.js';
import type { Deps } from '../context.js';

/** The weights an administrator saved, or the defaults when none (or no valid ones) are stored. */
export async function programmeWeights(deps: Deps): Promise<Weights> {
  const stored = await findWeights(deps.db.kysely);
  if (!stored) return defaultWeights;
  const parsed = z.object(weightsSchema.shape).partial().safeParse(JSON.parse(stored.weights));
  const checked = parsed.success ? checkWeights(parsed.data) : null;
  return checked?.ok ? checked.weights : defaultWeights;
}
