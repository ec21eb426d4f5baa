import type { Kysely } from 'kysely';
import type { Engine } from '../client.js';

/**
 * The mentee's career work (issue 5, sections 5 and 6): CV versions (immutable, numbered per mentee)
 * with comments per section and uploaded CV documents (bytes in the database), sector tips per NACE
 * section, job applications with their stage history and the mentor's feedback, and discrimination
 * reports (the account sealed with the keyring).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('cv_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cv_versions_number', ['person_id', 'number'])
    .execute();

  await db.schema
    .createTable('cv_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('cv_version_id', 'text', (c) => c.notNull().references('cv_versions.id'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('item_index', 'integer')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('cv_comments_person')
    .on('cv_comments')
    .columns(['person_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('cv_comments_version')
    .on('cv_comments')
    .columns(['cv_version_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('cv_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('cv_version_id', 'text', (c) => c.notNull().references('cv_versions.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cv_attachments_person')
    .on('cv_attachments')
    .columns(['person_id', 'uploaded_at'])
    .execute();

  await db.schema
    .createTable('sector_tips')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sector_tips_section')
    .on('sector_tips')
    .columns(['section', 'created_at'])
    .execute();

  await db.schema
    .createTable('job_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('next_step', 'text')
    .addColumn('next_step_on', 'text')
    .addColumn('cv_version_number', 'integer')
    .addColumn('attachment_id', 'text', (c) => c.references('cv_attachments.id'))
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('job_applications_person')
    .on('job_applications')
    .columns(['person_id', 'applied_on'])
    .execute();

  await db.schema
    .createTable('job_application_stage_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('job_applications.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('job_application_stage_changes_seq', ['application_id', 'seq'])
    .execute();

  await db.schema
    .createTable('job_application_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('job_applications.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('job_application_feedback_application')
    .on('job_application_feedback')
    .columns(['application_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('discrimination_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('application_id', 'text', (c) => c.references('job_applications.id'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .addColumn('handled_by', 'text', (c) => c.references('users.id'))
    .addColumn('handled_note_sealed', 'text')
    .execute();
  await db.schema
    .createIndex('discrimination_reports_open')
    .on('discrimination_reports')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('discrimination_reports_person')
    .on('discrimination_reports')
    .columns(['person_id', 'created_at'])
    .execute();
}
