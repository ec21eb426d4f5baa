import type { Insertable, Kysely, Selectable } from 'kysely';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import type { PersonScope } from '../../domain/access/person-access.js';
import type { Database, ParticipantFactsTable } from '../schema.js';
import { personScopeWhere } from '../scopes/person.js';

/** All SQL about the ESF+ participant record (participant_facts, migration 0018). */

export type ParticipantFactsRow = Selectable<ParticipantFactsTable>;

export async function findParticipantFacts(
  db: Kysely<Database>,
  personId: string,
): Promise<ParticipantFactsRow | undefined> {
  return db.selectFrom('participant_facts').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** Writes a person's record whole (insert or replace), in the caller's transaction. */
export async function saveParticipantFacts(db: Kysely<Database>, row: Insertable<ParticipantFactsTable>) {
  const { person_id: _id, ...rest } = row;
  await db
    .insertInto('participant_facts')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doUpdateSet(rest))
    .execute();
}

/** Clears the special-category answers (their consent was withdrawn). */
export async function clearSpecialFacts(db: Kysely<Database>, personId: string, at: string) {
  await db
    .updateTable('participant_facts')
    .set({ disability: null, third_country_national: null, housing_exclusion: null, updated_at: at })
    .where('person_id', '=', personId)
    .execute();
}

/**
 * The participants of a scope (mentees in the given statuses; one association, or all when null)
 * with their record, ordered by entry into the programme. The caller decides which are incomplete
 * with the domain rule, so the list and the person page cannot disagree.
 */
export async function listParticipantsWithFacts(
  db: Kysely<Database>,
  scope: PersonScope,
  statuses: readonly PersonStatus[],
) {
  const query = db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .leftJoin('participant_facts', 'participant_facts.person_id', 'people.id')
    .select([
      'people.id',
      'people.first_name',
      'people.last_name',
      'people.status',
      'people.date_of_birth',
      'people.applied_at',
      'participant_facts.gender',
      'participant_facts.labour_market_status',
      'participant_facts.long_term_unemployed',
      'participant_facts.education',
      'participant_facts.entry_date',
      'participant_facts.exit_date',
    ])
    .where('people.kind', '=', 'mentee')
    .where('people.status', 'in', [...statuses])
    .where(personScopeWhere(scope));
  return query.orderBy('people.applied_at').orderBy('people.id').execute();
}
