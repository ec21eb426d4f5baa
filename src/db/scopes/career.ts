import type { ExpressionBuilder } from 'kysely';
import type { CareerScope } from '../../domain/career/career-access.js';
import { runningPartnershipStatuses } from '../../domain/career/career-access.js';
import type { Database } from '../schema.js';

/**
 * The career access rule (domain/career/career-access.ts) as a condition on `people`, the mentee whose
 * CV, applications or reports are listed: one OR-branch per relation in the scope, mirroring
 * `relationToCareer` line by line. Only mentees have a career record. An empty scope is `false`.
 */
export function careerScopeWhere(scope: CareerScope) {
  return (eb: ExpressionBuilder<Database, 'people'>) => {
    const branches = scope.branches.map((b) => {
      if (b.relation === 'admin') return eb.lit(true);
      if (b.relation === 'coach') return eb('people.association_id', '=', b.associationId);
      if (b.relation === 'self') return eb('people.user_id', '=', b.userId);
      return eb.exists(
        eb
          .selectFrom('partnerships as cp')
          .innerJoin('people as cmo', 'cmo.id', 'cp.mentor_id')
          .select('cp.id')
          .whereRef('cp.mentee_id', '=', 'people.id')
          .where('cmo.user_id', '=', b.userId)
          .where('cp.status', 'in', [...runningPartnershipStatuses]),
      );
    });
    if (branches.length === 0) return eb.lit(false);
    return eb.and([eb('people.kind', '=', 'mentee'), eb.or(branches)]);
  };
}
