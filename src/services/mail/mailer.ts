import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import type { Db } from '../../db/client.js';
import { claimQueuedEmails, insertOutboxEmail, markEmailDelivered } from '../../db/queries/outbox-emails.js';
import type { Database } from '../../db/schema.js';

const emailAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  content: z.string(),
});
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  attachments?: EmailAttachment[];
}

/**
 * Every email is first written to the outbox in the caller's transaction, so it exists exactly when
 * the change that caused it was committed. Without `SMTP_URL` it stays there for admins to read;
 * with it, `deliverQueued` sends it after the commit and records the outcome.
 */
export interface Mailer {
  readonly smtpConfigured: boolean;
  enqueue(trx: Kysely<Database>, email: OutgoingEmail, at: Date): Promise<void>;
  /** Claims queued emails and sends them; each email is sent by one sender only (see `claimQueuedEmails`). */
  deliverQueued(db: Db, at: () => Date): Promise<number>;
}

/** A sender whose claim is older than this is taken to have crashed: its emails are claimed again. */
export const claimExpiryMs = 10 * 60_000;

/** What sends one message: nodemailer's SMTP transport, or a test's. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    attachments: EmailAttachment[];
  }): Promise<unknown>;
}

export function createMailer(options: {
  smtpUrl: string | null;
  from: string;
  /** Instead of SMTP (tests): every email is handed to it. */
  transport?: MailTransport;
}): Mailer {
  const transport: MailTransport | null =
    options.transport ?? (options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null);
  return {
    smtpConfigured: transport !== null,
    async enqueue(trx, email, at) {
      await insertOutboxEmail(trx, {
        id: randomUUID(),
        to: email.to,
        subject: email.subject,
        text: email.text,
        attachments: email.attachments ?? [],
        status: transport ? 'queued' : 'stored',
        createdAt: at.toISOString(),
      });
    },
    async deliverQueued(db, at) {
      if (!transport) return 0;
      const now = at();
      const queued = await claimQueuedEmails(db, {
        limit: 50,
        at: now.toISOString(),
        staleBefore: new Date(now.getTime() - claimExpiryMs).toISOString(),
      });
      for (const email of queued) {
        try {
          const attachments = email.attachments
            ? parseStoredJson(z.array(emailAttachmentSchema), email.attachments, 'email attachments')
            : [];
          await transport.sendMail({
            from: options.from,
            to: email.to_address,
            subject: email.subject,
            text: email.text_body,
            attachments,
          });
          await markEmailDelivered(db.kysely, email.id, { sentAt: at().toISOString() });
        } catch (error) {
          await markEmailDelivered(db.kysely, email.id, {
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
      return queued.length;
    },
  };
}
