import type { Kysely } from 'kysely';
import { insertAuditEvent } from '../../db/queries/audit-events.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../context.js';

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown>;
  /** When the actor is not the signed-in person (a sign-in attempt names the account). */
  actorId?: string | null;
  actorRole?: string | null;
}

/** Writes one audit event in the caller's transaction: who, role, what, on what, outcome, when, where. */
export async function recordAuditEvent(
  db: Kysely<Database>,
  ctx: RequestContext,
  at: Date,
  entry: AuditEntry,
) {
  await insertAuditEvent(db, {
    at: at.toISOString(),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.id ?? null),
    actorRole:
      entry.actorRole !== undefined
        ? entry.actorRole
        : (ctx.actor?.role ?? (ctx.requestId === 'cli' ? 'system' : null)),
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    outcome: entry.outcome ?? 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: entry.details ?? null,
  });
}
