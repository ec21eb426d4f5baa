import type { Kysely } from 'kysely';

/**
 * Training, second part: a module's kind (training or mentor network event), self-study pages and who
 * read them, the mentor directory, and two pieces of shared infrastructure: personal calendar feeds
 * and the claims that make a scheduled job act exactly once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('training_modules')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('training'))
    .execute();
  // The reminder job and the staff overview look sessions up by date.
  await db.schema
    .createIndex('training_sessions_starts')
    .on('training_sessions')
    .column('starts_at')
    .execute();

  await db.schema
    .createTable('training_pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('module_id', 'text', (c) => c.notNull().references('training_modules.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    /** JSON { nl, fr, en }. */
    .addColumn('title', 'text', (c) => c.notNull())
    /** JSON { nl, fr, en } of HTML sanitised on write. */
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_pages_module')
    .on('training_pages')
    .columns(['module_id', 'position'])
    .execute();

  await db.schema
    .createTable('training_page_reads')
    .addColumn('page_id', 'text', (c) => c.notNull().references('training_pages.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_page_reads_pk', ['page_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('training_page_reads_person')
    .on('training_page_reads')
    .columns(['person_id', 'page_id'])
    .execute();

  await db.schema
    .createTable('mentor_directory')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('line', 'text', (c) => c.notNull())
    .addColumn('listed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    /** The token sealed with the keyring, so the address can be shown again. */
    .addColumn('token_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('job_claims')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .execute();
}
