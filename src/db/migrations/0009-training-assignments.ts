import type { Kysely } from 'kysely';

/** Modules a coach assigned to a person: shown on the person's path as "assigned". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_assignments')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('module_id', 'text', (c) => c.notNull().references('training_modules.id'))
    .addColumn('assigned_by', 'text', (c) => c.references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_assignments_pk', ['person_id', 'module_id'])
    .execute();
}
