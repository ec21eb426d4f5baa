import { expressionBuilder, type Kysely, sql } from 'kysely';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { PersonScope } from '../../domain/access/person-access.js';
import type { TrainingRegistrationScope } from '../../domain/access/training-registration-access.js';
import type { Database } from '../schema.js';
import { personScopeWhere } from '../scopes/person.js';
import { trainingRegistrationScopeWhere } from '../scopes/training-registration.js';

/** All SQL of the staff overview: per module and period, and who still lacks a required module. */
export async function pageModuleOverview(
  db: Kysely<Database>,
  filter: { from: string; to: string; moduleId?: string | undefined; scope: TrainingRegistrationScope },
  page: number,
  pageSize: number,
) {
  // Only the registrations the viewer may read count (db/scopes/training-registration.ts).
  const mine = trainingRegistrationScopeWhere(filter.scope)(expressionBuilder<Database, 'people'>());
  const countWhere = (statuses: readonly string[]) =>
    sql<number>`sum(case when training_registrations.status in (${sql.join(statuses)}) and ${mine} then 1 else 0 end)`;
  let base = db
    .selectFrom('training_modules')
    .innerJoin('training_sessions', 'training_sessions.module_id', 'training_modules.id')
    .where('training_sessions.starts_at', '>=', filter.from)
    .where('training_sessions.starts_at', '<', filter.to);
  if (filter.moduleId) base = base.where('training_modules.id', '=', filter.moduleId);
  const [items, total] = await Promise.all([
    base
      .leftJoin('training_registrations', 'training_registrations.session_id', 'training_sessions.id')
      .leftJoin('people', 'people.id', 'training_registrations.person_id')
      .select([
        'training_modules.id',
        'training_modules.code',
        'training_modules.title',
        (eb) => eb.fn.count<number>('training_sessions.id').distinct().as('sessions'),
        countWhere(['registered', 'attended', 'absent']).as('registrations'),
        countWhere(['attended']).as('attended'),
        countWhere(['absent']).as('absent'),
        countWhere(['waitlisted']).as('waiting'),
      ])
      .groupBy(['training_modules.id', 'training_modules.code', 'training_modules.title'])
      .orderBy('training_modules.code')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base
      .select((eb) => eb.fn.count<number>('training_modules.id').distinct().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/**
 * One page of (person, required module) pairs where the person, in an active status, has neither
 * attended a session of the module nor (self-study) read all its pages.
 */
export async function pageMissingRequired(
  db: Kysely<Database>,
  filter: {
    scope: PersonScope;
    menteeStatuses: readonly PersonStatus[];
    mentorStatuses: readonly PersonStatus[];
  },
  page: number,
  pageSize: number,
) {
  let base = db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .innerJoin('training_modules', (join) =>
      join
        .on('training_modules.required_for_matching', '=', 1)
        .on((eb) =>
          eb.or([
            eb('training_modules.audience', '=', eb.ref('people.kind')),
            eb('training_modules.audience', '=', 'both'),
          ]),
        ),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('people.kind', '=', 'mentee'), eb('people.status', 'in', [...filter.menteeStatuses])]),
        eb.and([eb('people.kind', '=', 'mentor'), eb('people.status', 'in', [...filter.mentorStatuses])]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('training_registrations')
            .innerJoin('training_sessions', 'training_sessions.id', 'training_registrations.session_id')
            .select('training_registrations.id')
            .whereRef('training_registrations.person_id', '=', 'people.id')
            .whereRef('training_sessions.module_id', '=', 'training_modules.id')
            .where('training_registrations.status', '=', 'attended'),
        ),
      ),
    )
    .where(
      sql<boolean>`not (training_modules.format = 'self_study'
        and (select count(*) from training_pages p where p.module_id = training_modules.id) > 0
        and (select count(*) from training_page_reads r inner join training_pages rp on rp.id = r.page_id
             where r.person_id = people.id and rp.module_id = training_modules.id)
          >= (select count(*) from training_pages p2 where p2.module_id = training_modules.id))`,
    );
  base = base.where(personScopeWhere(filter.scope));
  const [items, total] = await Promise.all([
    base
      .leftJoin('associations', 'associations.id', 'people.association_id')
      .select([
        'people.id as person_id',
        'people.first_name',
        'people.last_name',
        'people.kind',
        'people.status',
        'associations.name as association_name',
        'training_modules.id as module_id',
        'training_modules.code as module_code',
        'training_modules.title as module_title',
      ])
      .orderBy('people.search_name')
      .orderBy('people.id')
      .orderBy('training_modules.code')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
