import { z } from 'zod';
import type { AuditEvent } from '../../contracts/audit.js';
import type { AuditOutcome } from '../../contracts/base-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { type AuditFilter, pageAuditEvents } from '../../db/queries/audit-events.js';
import type { Deps } from '../context.js';

export interface AuditQuery {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectId?: string | undefined;
  outcome?: AuditOutcome | undefined;
  /** Calendar dates (YYYY-MM-DD), inclusive, in UTC. */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The audit log for administrators, newest first, filtered. */
export async function listAuditEvents(deps: Deps, query: AuditQuery) {
  const filter: AuditFilter = {
    action: query.action,
    actorId: query.actorId,
    subjectId: query.subjectId,
    outcome: query.outcome,
    fromIso: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    toIso: query.to
      ? new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000).toISOString()
      : undefined,
  };
  const { rows, total } = await pageAuditEvents(deps.db.kysely, filter, query.page, query.pageSize);
  const items: AuditEvent[] = rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    outcome: row.outcome,
    requestId: row.request_id,
    ip: row.ip,
    details: row.details
      ? parseStoredJson(z.record(z.string(), z.unknown()), row.details, 'audit details')
      : null,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
