import type { ExpressionBuilder } from 'kysely';
import type { MatchingRunScope } from '../../domain/access/matching-run-access.js';
import type { Database } from '../schema.js';

/**
 * The matching run access rule (domain/access/matching-run-access.ts) as a condition on `match_runs`:
 * one OR-branch per relation in the scope, mirroring `relationToMatchingRun`. An empty scope is `false`.
 */
export function matchingRunScopeWhere(scope: MatchingRunScope) {
  return (eb: ExpressionBuilder<Database, 'match_runs'>) => {
    const branches = scope.branches.map((b) =>
      b.relation === 'admin' ? eb.lit(true) : eb('match_runs.association_id', '=', b.associationId),
    );
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}
