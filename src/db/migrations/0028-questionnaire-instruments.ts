import type { Kysely } from 'kysely';

/**
 * Questionnaires as versioned instruments (docs/decisions/012): an instrument, its versions (a draft
 * the admin edits, then published versions that never change), the programme's schedule (which
 * published version answers which moment for which role) and the answers, each with its instrument,
 * version, language, respondent and role, what it concerns, and when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('instruments_created')
    .on('instruments')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('instrument_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('instruments.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('instrument_versions_number', ['instrument_id', 'version'])
    .execute();

  await db.schema
    .createTable('questionnaire_schedule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme', 'text', (c) => c.notNull())
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('respondent_role', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('instruments.id'))
    .addColumn('instrument_version_id', 'text', (c) => c.notNull().references('instrument_versions.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    // One instrument per moment and role: a newer version replaces the older in the schedule.
    .addUniqueConstraint('questionnaire_schedule_once', [
      'programme',
      'moment',
      'respondent_role',
      'instrument_id',
    ])
    .execute();

  await db.schema
    .createTable('questionnaire_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull().references('instruments.id'))
    .addColumn('instrument_version_id', 'text', (c) => c.notNull().references('instrument_versions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('respondent_role', 'text', (c) => c.notNull())
    .addColumn('respondent_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('respondent_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('concerns_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('concerns_partnership_id', 'text', (c) => c.references('partnerships.id'))
    // `moment:partnership id` (or `moment:person`): a respondent answers an instrument once per occasion.
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('questionnaire_answers_once', ['respondent_user_id', 'instrument_id', 'occasion'])
    .execute();
  await db.schema
    .createIndex('questionnaire_answers_concerns')
    .on('questionnaire_answers')
    .columns(['concerns_person_id', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('questionnaire_answers_version')
    .on('questionnaire_answers')
    .columns(['instrument_version_id', 'submitted_at'])
    .execute();
}
