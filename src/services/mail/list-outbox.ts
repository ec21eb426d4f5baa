import type { OutboxEmail } from '../../contracts/outbox.js';
import { pageOutboxEmails } from '../../db/queries/outbox-emails.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';

/** The outbox for administrators. Emails carry personal links, so reading it is audited. */
export async function listOutbox(deps: Deps, ctx: RequestContext, page: number, pageSize: number) {
  const { rows, total } = await pageOutboxEmails(deps.db.kysely, page, pageSize);
  await recordAuditEvent(deps.db.kysely, ctx, deps.now(), {
    action: 'outbox.read',
    details: { page, count: rows.length },
  });
  const items: OutboxEmail[] = rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    status: row.status,
    createdAt: row.created_at,
  }));
  return { items, total, page, pageSize };
}
