import type { MySession } from '../../contracts/auth.js';
import {
  deleteOtherSessionsOfUser,
  deleteSession,
  listSessionIdsOfUser,
  listSessionsOfUser,
  type SessionRow,
} from '../../db/queries/sessions.js';
import { describeDevice, networkOf } from '../../domain/auth/devices.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { hashToken } from '../secrets/tokens.js';
import { inTransaction } from '../transaction.js';
import type { ValidSession } from './sessions.js';

/**
 * The reference of a session on the account page: a hash of its stored id, so the list never shows
 * the key the cookie is looked up by.
 */
function referenceOf(sessionId: string): string {
  return hashToken(`session:${sessionId}`).slice(0, 32);
}

function present(row: SessionRow, currentId: string): MySession {
  return {
    id: referenceOf(row.id),
    current: row.id === currentId,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    device: describeDevice(row.user_agent),
    network: networkOf(row.ip),
  };
}

/** One page of my sessions: device, network range, last use; the one I am using is marked. */
export async function listMySessions(
  deps: Deps,
  current: ValidSession,
  page: { page: number; pageSize: number },
) {
  const { rows, total } = await listSessionsOfUser(deps.db.kysely, current.user.id, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: rows.map((row) => present(row, current.session.id)), total, ...page };
}

/** Ends one of my other sessions (a lost phone, a shared computer); audited. */
export async function endMySession(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
  reference: string,
): Promise<Result<{ ended: number }>> {
  const userId = current.user.id;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const ids = await listSessionIdsOfUser(trx, userId);
    const target = ids.find((id) => referenceOf(id) === reference);
    if (!target) return fail('not_found', 'No such session of yours (it may have ended already).');
    if (target === current.session.id)
      return fail('auth.session_is_current', 'This is the session you are using: sign out instead.');
    await deleteSession(trx, target);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.session_ended',
      subjectType: 'user',
      subjectId: userId,
      details: { scope: 'one' },
    });
    return ok({ ended: 1 });
  });
}

/** Ends every session of mine except the one I am using; audited with the number ended. */
export async function endMyOtherSessions(
  deps: Deps,
  ctx: RequestContext,
  current: ValidSession,
): Promise<{ ended: number }> {
  const userId = current.user.id;
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    const ended = await deleteOtherSessionsOfUser(trx, userId, current.session.id);
    await recordAuditEvent(trx, ctx, now, {
      action: 'auth.session_ended',
      subjectType: 'user',
      subjectId: userId,
      details: { scope: 'others', ended },
    });
    return { ended };
  });
}
