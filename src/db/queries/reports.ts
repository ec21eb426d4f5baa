import type { Kysely } from 'kysely';
import { menteeStatusesAfterIntake } from '../../contracts/people-vocabulary.js';
import type { Database } from '../schema.js';

/** The mentees whose application was received in [from, before): the cohort of a programme report. */
function cohort(db: Kysely<Database>, scope: ReportScope) {
  let query = db
    .selectFrom('people as m')
    .where('m.kind', '=', 'mentee')
    .where('m.applied_at', '>=', scope.from)
    .where('m.applied_at', '<', scope.before);
  if (scope.associationId) query = query.where('m.association_id', '=', scope.associationId);
  return query;
}

/** The period [from, before) as instants, and one association or (null) the whole programme. */
export interface ReportScope {
  from: string;
  before: string;
  associationId: string | null;
}

/**
 * What a programme report is counted from, in three range scans over the cohort (people_applied
 * index): the mentees with the facts they are grouped by, the ones assessed at some point (status
 * history or a later status), and their partnerships.
 */
export async function loadReportCohort(db: Kysely<Database>, scope: ReportScope) {
  const [mentees, assessed, partnerships] = await Promise.all([
    cohort(db, scope)
      .leftJoin('associations as a', 'a.id', 'm.association_id')
      .select([
        'm.id',
        'm.region_code',
        'm.association_id',
        'a.name as association_name',
        'm.sector_code',
        'm.date_of_birth',
        'm.applied_at',
        'm.eligible',
        'm.status',
      ])
      .orderBy('m.applied_at')
      .orderBy('m.id')
      .execute(),
    cohort(db, scope)
      .innerJoin('person_status_changes as h', 'h.person_id', 'm.id')
      .where('h.to_status', 'in', [...menteeStatusesAfterIntake])
      .select('m.id')
      .distinct()
      .execute(),
    cohort(db, scope)
      .innerJoin('partnerships as p', 'p.mentee_id', 'm.id')
      .select(['p.mentee_id', 'p.status', 'p.started_at', 'p.outcome', 'p.end_reason'])
      .execute(),
  ]);
  return {
    mentees,
    assessedIds: new Set(assessed.map((r) => r.id)),
    partnerships,
    afterIntake: menteeStatusesAfterIntake,
  };
}
