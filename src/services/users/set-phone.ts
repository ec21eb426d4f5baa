import { updateUser } from '../../db/queries/users.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';

/**
 * A coach's or admin's own phone number, shown to the participants they coach beside their email;
 * null removes it. The change is audited.
 */
export async function setPhone(deps: Deps, ctx: RequestContext, phone: string | null): Promise<void> {
  if (!ctx.actor) throw new Error('setPhone needs a signed-in actor');
  const actor = ctx.actor;
  const now = deps.now();
  await inTransaction(deps, async (trx) => {
    await updateUser(trx, actor.id, { phone, updated_at: now.toISOString() });
    await recordAuditEvent(trx, ctx, now, {
      action: 'user.phone_changed',
      subjectType: 'user',
      subjectId: actor.id,
    });
  });
}
