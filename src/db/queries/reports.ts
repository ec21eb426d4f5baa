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
      .leftJoin('participant_facts as f', 'f.person_id', 'm.id')
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
        'f.gender',
        'f.entry_date',
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

/**
 * What the evaluator export is made of: the participants of the cohort (mentees past the intake)
 * with their ESF+ record, their partnerships, the meetings held and the training sessions attended.
 * Only columns the export may carry are selected: no names, contacts, postcodes or free texts.
 */
export async function loadEvaluatorCohort(db: Kysely<Database>, scope: ReportScope) {
  const participants = () => cohort(db, scope).where('m.status', 'in', [...menteeStatusesAfterIntake]);
  const [people, partnerships, meetings, training] = await Promise.all([
    participants()
      .leftJoin('participant_facts as f', 'f.person_id', 'm.id')
      .select([
        'm.id',
        'm.region_code',
        'm.date_of_birth',
        'm.applied_at',
        'm.status',
        'f.gender',
        'f.labour_market_status',
        'f.long_term_unemployed',
        'f.education',
        'f.entry_date',
        'f.exit_date',
      ])
      .orderBy('m.applied_at')
      .orderBy('m.id')
      .execute(),
    participants()
      .innerJoin('partnerships as p', 'p.mentee_id', 'm.id')
      .select([
        'p.id',
        'p.mentee_id',
        'p.status',
        'p.proposed_at',
        'p.started_at',
        'p.ended_at',
        'p.outcome',
        'p.end_reason',
      ])
      .execute(),
    participants()
      .innerJoin('partnerships as p', 'p.mentee_id', 'm.id')
      .innerJoin('meetings as g', 'g.partnership_id', 'p.id')
      .where('g.status', '=', 'held')
      .select(['g.partnership_id', 'g.starts_at'])
      .execute(),
    participants()
      .innerJoin('training_registrations as r', 'r.person_id', 'm.id')
      .where('r.status', '=', 'attended')
      .select(['r.person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('r.person_id')
      .execute(),
  ]);
  return { people, partnerships, meetings, training };
}
