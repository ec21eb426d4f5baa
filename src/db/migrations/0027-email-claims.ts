import type { Kysely } from 'kysely';

/**
 * Sending queued email once (issue 15): a sender claims a batch (`status` 'sending' with the moment of
 * its claim) before it sends, so two senders, two requests of one server or two servers, never send the
 * same email; a claim older than ten minutes (a sender that crashed) is taken over. The index serves
 * the claim's scan of the queue in order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox_emails').addColumn('claimed_at', 'text').execute();
  await db.schema
    .createIndex('outbox_emails_status')
    .on('outbox_emails')
    .columns(['status', 'created_at'])
    .execute();
}
