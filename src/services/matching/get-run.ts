import { type MatchRun, matchRunSchema } from '../../contracts/matching.js';
import { findRun } from '../../db/queries/matching.js';
import { canSeeAssociation } from '../../domain/access/record-access.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Actor, Deps } from '../context.js';

/**
 * A run as it was proposed (the stored snapshot, docs/decisions/007-matching-run-format.md), with
 * the status of its row; a coach sees the runs of their own association or of all.
 */
export async function getRun(deps: Deps, actor: Actor, id: string): Promise<Result<MatchRun>> {
  const row = await findRun(deps.db.kysely, id);
  if (!row || (row.association_id && !canSeeAssociation(actor, row.association_id)))
    return fail('not_found', 'No such matching run.');
  const stored = matchRunSchema.parse(JSON.parse(row.result));
  return ok({ ...stored, status: row.status === 'confirmed' ? 'confirmed' : 'proposed' });
}
