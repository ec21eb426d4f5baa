import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface NewEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
  status: 'stored' | 'queued';
  createdAt: string;
}

/** All SQL about the email outbox. */
export async function insertOutboxEmail(db: Kysely<Database>, email: NewEmail): Promise<void> {
  await db
    .insertInto('outbox_emails')
    .values({
      id: email.id,
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      attachments: email.attachments.length ? JSON.stringify(email.attachments) : null,
      status: email.status,
      error: null,
      created_at: email.createdAt,
      sent_at: null,
    })
    .execute();
}

export async function listQueuedEmails(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('outbox_emails')
    .selectAll()
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function markEmailDelivered(
  db: Kysely<Database>,
  id: string,
  result: { sentAt: string } | { error: string },
) {
  await db
    .updateTable('outbox_emails')
    .set(
      'sentAt' in result
        ? { status: 'sent', sent_at: result.sentAt, error: null }
        : { status: 'failed', error: result.error },
    )
    .where('id', '=', id)
    .execute();
}

export async function pageOutboxEmails(db: Kysely<Database>, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('outbox_emails')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('outbox_emails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function findOutboxEmail(db: Kysely<Database>, id: string) {
  return db.selectFrom('outbox_emails').selectAll().where('id', '=', id).executeTakeFirst();
}
