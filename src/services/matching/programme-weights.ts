import { findWeights } from '../../db/queries/matching.js';
import { checkWeights, defaultWeights, type Weights } from '../../domain/matching/score-pair.js';
import type { Deps } from '../context.js';

/** The weights an administrator saved, or the defaults when none (or no valid ones) are stored. */
export async function programmeWeights(deps: Deps): Promise<Weights> {
  const stored = await findWeights(deps.db.kysely);
  if (!stored) return defaultWeights;
  const checked = checkWeights(JSON.parse(stored.weights) as Partial<Weights>);
  return checked.ok ? checked.weights : defaultWeights;
}
