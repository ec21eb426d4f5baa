import { type MatchRun, matchRunSchema } from '../../contracts/matching.js';
import { findRun } from '../../db/queries/matching.js';
import { type MatchingRunAction, mayAccessMatchingRun } from '../../domain/access/matching-run-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Actor, Deps } from '../context.js';

/**
 * A run as it was proposed (the stored snapshot, docs/decisions/007-matching-run-format.md), with
 * the status of its row, for an actor the matching run table lets do `action` (404 otherwise).
 */
export async function getRun(
  deps: Deps,
  actor: Actor,
  id: string,
  action: MatchingRunAction = 'read',
): Promise<Result<MatchRun>> {
  const row = await findRun(deps.db.kysely, id);
  if (!row || !mayAccessMatchingRun(actor, { associationId: row.association_id }, action))
    return fail('not_found', 'No such matching run.');
  const stored = matchRunSchema.parse(JSON.parse(row.result));
  return ok({ ...stored, status: row.status === 'confirmed' ? 'confirmed' : 'proposed' });
}
