import type { Kysely } from 'kysely';

/**
 * Consent over time (docs/privacy.md, "Consent over time"): every version of the privacy text a
 * signed-in person read and accepted, in which language and when. The consents given at application
 * time stay in `consents`; the history is both together.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('privacy_acceptances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('privacy_acceptances_user')
    .on('privacy_acceptances')
    .columns(['user_id', 'accepted_at'])
    .execute();
  // A version is accepted once: two "I accept" at the same moment store one row.
  await db.schema
    .createIndex('privacy_acceptances_once')
    .on('privacy_acceptances')
    .columns(['user_id', 'version'])
    .unique()
    .execute();
}
