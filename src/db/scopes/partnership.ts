import type { ExpressionBuilder, Kysely } from 'kysely';
import type { PartnershipScope } from '../../domain/access/partnership-access.js';
import type { Database } from '../schema.js';

/** A partnership joined with its two people, as the partnership queries alias them. */
type PairTables = Omit<Database, 'p' | 'me' | 'mo'> & {
  p: Database['partnerships'];
  me: Database['people'];
  mo: Database['people'];
};

/**
 * The partnership access rule (domain/access/partnership-access.ts) as a condition on `p` joined with
 * its mentee `me` and mentor `mo`: one OR-branch per relation in the scope. An empty scope is `false`.
 */
export function partnershipScopeWhere(scope: PartnershipScope) {
  return (eb: ExpressionBuilder<PairTables, 'p' | 'me' | 'mo'>) => {
    const branches = scope.branches.map((b) => {
      if (b.relation === 'admin') return eb.lit(true);
      if (b.relation === 'association_coach') return eb('p.association_id', '=', b.associationId);
      if (b.relation === 'pair_coach') return eb('p.coach_id', '=', b.coachId);
      if (b.relation === 'mentee_side') return eb('me.user_id', '=', b.userId);
      return eb('mo.user_id', '=', b.userId);
    });
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}

/** The ids of the partnerships a scope admits, oldest first (bounded by the caller). */
export async function partnershipIdsInScope(db: Kysely<Database>, scope: PartnershipScope, limit: number) {
  const rows = await db
    .selectFrom('partnerships as p')
    .innerJoin('people as me', 'me.id', 'p.mentee_id')
    .innerJoin('people as mo', 'mo.id', 'p.mentor_id')
    .select('p.id')
    .where(partnershipScopeWhere(scope))
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
