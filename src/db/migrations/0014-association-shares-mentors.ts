import type { Kysely } from 'kysely';

/**
 * Mentor sharing between sister associations of a region (docs/matching.md, "The pool"): whether an
 * association lets its sisters match its mentors (on by default, 1), and on a partnership the
 * mentor's own association when it is not the mentee's, so both associations are recorded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('associations')
    .addColumn('shares_mentors', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('partnerships').addColumn('mentor_association_id', 'text').execute();
  // The mentor's association finds the partnerships of its mentors with a sister association.
  await db.schema
    .createIndex('partnerships_mentor_association')
    .on('partnerships')
    .column('mentor_association_id')
    .execute();
}
