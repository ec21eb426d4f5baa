import type { ExpressionBuilder } from 'kysely';
import type { TrainingRegistrationScope } from '../../domain/access/training-registration-access.js';
import type { Database } from '../schema.js';
import { personScopeWhere } from './person.js';

/**
 * The training registration access rule (domain/access/training-registration-access.ts) as a
 * condition on `people`, the registered person: the staff branches are the person scope's, the
 * participant's is their own account. An empty scope is `false`.
 */
export function trainingRegistrationScopeWhere(scope: TrainingRegistrationScope) {
  return (eb: ExpressionBuilder<Database, 'people'>) => {
    const staff = scope.branches.filter((b) => b.relation !== 'self');
    const branches = scope.branches.flatMap((b) =>
      b.relation === 'self' ? [eb('people.user_id', '=', b.userId)] : [],
    );
    if (staff.length > 0) branches.push(personScopeWhere({ branches: staff })(eb));
    return branches.length === 0 ? eb.lit(false) : eb.or(branches);
  };
}
