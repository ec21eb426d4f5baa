import { pageRuns } from '../../db/queries/matching.js';
import { matchingRunScopeOf } from '../../domain/access/matching-run-access.js';
import type { Actor, Deps } from '../context.js';

/**
 * One page of runs, newest first, as the matching run table allows: an administrator sees all, a coach
 * their association's (not an administrator's run over every association).
 */
export async function listRuns(deps: Deps, actor: Actor, page: number, pageSize: number) {
  const { items, total } = await pageRuns(deps.db.kysely, matchingRunScopeOf(actor, 'list'), page, pageSize);
  return {
    items: items.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      associationName: r.association_name,
      matched: r.matched,
      menteesInPool: r.mentees_in_pool,
      status: r.status,
    })),
    total,
    page,
    pageSize,
  };
}
