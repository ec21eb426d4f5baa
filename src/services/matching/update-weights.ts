import { saveWeights } from '../../db/queries/matching.js';
import { checkWeights, type Weights } from '../../domain/matching/score-pair.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { programmeWeights } from './programme-weights.js';

/** The weights an administrator asks for, per criterion (checked by the domain before saving). */
export type UpdateWeightsInput = Record<string, number>;

/** An administrator tunes the programme's weights; every change is audited with old and new values. */
export async function updateWeights(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  weights: UpdateWeightsInput,
) {
  const checked = checkWeights(weights as Partial<Weights>);
  if (!checked.ok)
    return fail('validation.failed', checked.problem, [
      { path: [], code: 'matching.invalid_weights', message: checked.problem },
    ]);
  const before = await programmeWeights(deps);
  const now = deps.now();
  await inTransaction(deps, async (trx) => {
    await saveWeights(trx, JSON.stringify(checked.weights), actor.id, now.toISOString());
    await recordAuditEvent(trx, ctx, now, {
      action: 'matching.weights_changed',
      details: { before, after: checked.weights },
    });
  });
  return ok(checked.weights);
}
