import type { ExpressionBuilder } from 'kysely';
import type { PersonScope } from '../../domain/access/person-access.js';
import type { Database } from '../schema.js';

/**
 * The person access rule (domain/access/person-access.ts) as a condition on `people`: one OR-branch
 * per relation in the scope, mirroring `relationToPerson` line by line. An empty scope is `false`.
 */
export function personScopeWhere(scope: PersonScope) {
  return (eb: ExpressionBuilder<Database, 'people'>) => {
    const branches = scope.branches.map((b) => {
      if (b.relation === 'admin') return eb.lit(true);
      if (b.relation === 'association_coach') return eb('people.association_id', '=', b.associationId);
      return eb.and([
        eb('people.association_id', 'is', null),
        eb('people.region_code', 'is not', null),
        eb('people.region_code', '=', b.region),
      ]);
    });
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}
