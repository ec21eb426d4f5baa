import type { Kysely } from 'kysely';

/**
 * Recording what already happened, and the outcome a funder asks for: a meeting says whether it was
 * planned first or recorded after the fact (its `logged_at` is when it was entered, `starts_at` when
 * it took place); a completed partnership keeps the reason why no evaluation meeting was held and
 * the details of the outcome (JSON, parsed with its schema: job start, contract, hours, sector).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('planned'))
    .execute();
  await db.schema.alterTable('partnerships').addColumn('evaluation_skipped_reason', 'text').execute();
  await db.schema.alterTable('partnerships').addColumn('outcome_details', 'text').execute();
}
