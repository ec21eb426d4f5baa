import type { Kysely } from 'kysely';
import type { Db } from '../client.js';
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
      claimed_at: null,
    })
    .execute();
}

/**
 * Claims up to `limit` emails to send, oldest first: the queued ones, and those a sender claimed before
 * `staleBefore` without finishing (it crashed). One statement marks them 'sending' and returns them; on
 * PostgreSQL the rows another sender is claiming at that moment are skipped (FOR UPDATE SKIP LOCKED),
 * and SQLite runs one writer at a time, so no email is claimed twice.
 */
export async function claimQueuedEmails(db: Db, options: { limit: number; at: string; staleBefore: string }) {
  let pick = db.kysely
    .selectFrom('outbox_emails')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', options.staleBefore)]),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit);
  if (db.engine === 'postgres') pick = pick.forUpdate().skipLocked();
  return db.kysely
    .updateTable('outbox_emails')
    .set({ status: 'sending', claimed_at: options.at })
    .where('id', 'in', pick)
    .returningAll()
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
