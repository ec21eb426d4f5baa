import type { Kysely } from 'kysely';

/**
 * Mentees and mentors from their application on: the person, their languages (for filters and
 * matching), every status change with who and why, consents with version and language, every
 * application submitted (duplicates are linked to one person), and email attachments (calendar files).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('association_id', 'text', (c) => c.references('associations.id'))
    .addColumn('region_code', 'text')
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('phone_key', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('sector_code', 'text')
    .addColumn('sector_section', 'text')
    .addColumn('eligible', 'integer')
    .addColumn('eligibility_failed', 'text', (c) => c.notNull())
    .addColumn('application', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text')
    .addColumn('intake', 'text')
    .addColumn('sensitive', 'text')
    .addColumn('linked_applications', 'integer', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('people_caseload')
    .on('people')
    .columns(['association_id', 'kind', 'status', 'applied_at'])
    .execute();
  await db.schema.createIndex('people_applied').on('people').columns(['applied_at']).execute();
  await db.schema
    .createIndex('people_inbox')
    .on('people')
    .columns(['region_code', 'association_id', 'applied_at'])
    .execute();
  await db.schema.createIndex('people_status').on('people').columns(['status', 'applied_at']).execute();
  await db.schema
    .createIndex('people_sector')
    .on('people')
    .columns(['sector_section', 'sector_code'])
    .execute();
  await db.schema.createIndex('people_email').on('people').columns(['email']).execute();
  await db.schema.createIndex('people_phone').on('people').columns(['phone_key']).execute();
  await db.schema.createIndex('people_name').on('people').columns(['search_name']).execute();
  await db.schema.createIndex('people_user').on('people').columns(['user_id']).execute();

  await db.schema
    .createTable('person_languages')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_languages_pk', ['person_id', 'code'])
    .execute();
  await db.schema
    .createIndex('person_languages_code')
    .on('person_languages')
    .columns(['code', 'person_id'])
    .execute();

  await db.schema
    .createTable('person_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('reason_code', 'text')
    .addColumn('reason_text', 'text')
    .execute();
  await db.schema
    .createIndex('person_status_changes_person')
    .on('person_status_changes')
    .columns(['person_id', 'seq'])
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('consents_person').on('consents').columns(['person_id', 'kind']).execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('applications_person')
    .on('applications')
    .columns(['person_id', 'submitted_at'])
    .execute();

  await db.schema.alterTable('outbox_emails').addColumn('attachments', 'text').execute();
}
