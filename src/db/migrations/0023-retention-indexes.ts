import type { Kysely } from 'kysely';

/**
 * The retention job's reads (docs/privacy.md, "Retention"): each class is found by the time its
 * period started, from an index, however large the tables grow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('people_status_changed')
    .on('people')
    .columns(['status', 'status_changed_at'])
    .execute();
  await db.schema.createIndex('partnerships_ended').on('partnerships').column('ended_at').execute();
  await db.schema.createIndex('job_claims_claimed').on('job_claims').column('claimed_at').execute();
  await db.schema
    .createIndex('sign_in_throttles_last_failure')
    .on('sign_in_throttles')
    .column('last_failure_at')
    .execute();
}
