import type { ExpressionBuilder } from 'kysely';
import type { MeetingScope } from '../../domain/access/meeting-access.js';
import type { Database } from '../schema.js';

/** A partnership joined with its two people, as the meeting queries alias them. */
type PairTables = Omit<Database, 'p' | 'me' | 'mo'> & {
  p: Database['partnerships'];
  me: Database['people'];
  mo: Database['people'];
};

/**
 * The meeting access rule (domain/access/meeting-access.ts) as a condition on the pair `p` joined with
 * its mentee `me` and mentor `mo`: one OR-branch per relation in the scope, mirroring
 * `relationToMeetings`. An empty scope is `false`.
 */
export function meetingScopeWhere(scope: MeetingScope) {
  return (eb: ExpressionBuilder<PairTables, 'p' | 'me' | 'mo'>) => {
    const branches = scope.branches.map((b) => {
      if (b.relation === 'admin') return eb.lit(true);
      if (b.relation === 'following_coach') {
        const named = eb('p.coach_id', '=', b.coachId);
        if (b.associationId === null) return named;
        return eb.or([
          named,
          eb.and([eb('p.association_id', '=', b.associationId), eb('p.coach_id', 'is', null)]),
        ]);
      }
      if (b.relation === 'association_coach')
        return eb.and([
          eb('p.association_id', '=', b.associationId),
          eb('p.coach_id', 'is not', null),
          eb('p.coach_id', '!=', b.coachId),
        ]);
      if (b.relation === 'mentee_side') return eb('me.user_id', '=', b.userId);
      return eb('mo.user_id', '=', b.userId);
    });
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}
