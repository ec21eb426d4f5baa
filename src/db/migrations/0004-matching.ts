import type { Kysely } from 'kysely';

/**
 * Matching runs (the engine's proposals, kept as they were shown), pairs coaches blocked, the
 * programme's tuned weights, and partnerships from their proposal on, with their status history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('match_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.references('associations.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('matched', 'integer', (c) => c.notNull())
    .addColumn('mentees_in_pool', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('match_runs_created')
    .on('match_runs')
    .columns(['association_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('match_blocks')
    .addColumn('mentee_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('blocked_by', 'text', (c) => c.references('users.id'))
    .addColumn('blocked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('match_blocks_pk', ['mentee_id', 'mentor_id'])
    .execute();

  await db.schema
    .createTable('matching_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mentee_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('association_id', 'text', (c) => c.references('associations.id'))
    .addColumn('run_id', 'text', (c) => c.references('match_runs.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('override_reason', 'text')
    .addColumn('proposed_by', 'text', (c) => c.references('users.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partnerships_mentee')
    .on('partnerships')
    .columns(['mentee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('partnerships_mentor')
    .on('partnerships')
    .columns(['mentor_id', 'status'])
    .execute();
  await db.schema
    .createIndex('partnerships_association')
    .on('partnerships')
    .columns(['association_id', 'status'])
    .execute();

  await db.schema
    .createTable('partnership_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('reason_text', 'text')
    .execute();
  await db.schema
    .createIndex('partnership_status_changes_partnership')
    .on('partnership_status_changes')
    .columns(['partnership_id', 'at'])
    .execute();
}
