import type { Kysely } from 'kysely';

/**
 * The right to erasure (docs/privacy.md): a person's row stays as an anonymous stub (so partnerships,
 * the status history and the programme's figures stay whole) marked `erased_at`; `held_until` is set
 * while a legal duty keeps the minimum evidence (ESF+). `erasures` is the tombstone: no personal data,
 * enough to re-apply an erasure after a restore.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('erased_at', 'text').execute();
  await db.schema.alterTable('people').addColumn('held_until', 'text').execute();
  await db.schema
    .createTable('erasures')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('held_until', 'text')
    .addColumn('hold_ended_at', 'text')
    .execute();
  await db.schema.createIndex('erasures_held_until').on('erasures').column('held_until').execute();
}
