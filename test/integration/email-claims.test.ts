import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertOutboxEmail } from '../../src/db/queries/outbox-emails.js';
import { claimExpiryMs, createMailer, type MailTransport } from '../../src/services/mail/mailer.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** A transport that records every message and takes a moment per send, as SMTP does. */
function recordingTransport() {
  const sent: string[] = [];
  const transport: MailTransport = {
    async sendMail(message) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      sent.push(message.subject);
    },
  };
  return { sent, transport };
}

async function queue(deps: ReturnType<typeof t>['deps'], count: number) {
  for (let i = 0; i < count; i += 1)
    await insertOutboxEmail(deps.db.kysely, {
      id: randomUUID(),
      to: `person${i}@example.be`,
      subject: `Bericht ${i}`,
      text: 'Hallo',
      attachments: [],
      status: 'queued',
      createdAt: new Date(deps.now().getTime() + i).toISOString(),
    });
}

describe('sending queued email', () => {
  it('sends each email once while several senders run at the same moment', async () => {
    const { deps } = t();
    await queue(deps, 120);
    const { sent, transport } = recordingTransport();
    // Four senders (as four requests, or two servers, each finishing with a delivery) at once.
    const senders = [0, 1, 2, 3].map(() =>
      createMailer({ smtpUrl: null, from: 'm2w@example.be', transport }),
    );
    const drain = async (mailer: (typeof senders)[number]) => {
      while ((await mailer.deliverQueued(deps.db, deps.now)) > 0);
    };
    await Promise.all(senders.map(drain));
    expect(sent).toHaveLength(120);
    expect(new Set(sent).size).toBe(120);
    const statuses = await deps.db.kysely.selectFrom('outbox_emails').select('status').execute();
    expect(statuses.every((r) => r.status === 'sent')).toBe(true);
  });

  it("takes over a crashed sender's emails once its claim is ten minutes old", async () => {
    const { deps, clock } = t();
    await queue(deps, 3);
    // A sender claimed them and died before sending.
    await deps.db.kysely
      .updateTable('outbox_emails')
      .set({ status: 'sending', claimed_at: deps.now().toISOString() })
      .execute();
    const { sent, transport } = recordingTransport();
    const mailer = createMailer({ smtpUrl: null, from: 'm2w@example.be', transport });
    expect(await mailer.deliverQueued(deps.db, deps.now)).toBe(0);
    clock.advance(claimExpiryMs + 1000);
    expect(await mailer.deliverQueued(deps.db, deps.now)).toBe(3);
    expect(sent.sort()).toEqual(['Bericht 0', 'Bericht 1', 'Bericht 2']);
  });
});
