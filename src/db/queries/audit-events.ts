import { type Kysely, sql } from 'kysely';
import type { AuditOutcome } from '../../contracts/base-vocabulary.js';
import type { Database } from '../schema.js';
import { likeText } from './text-match.js';

export interface NewAuditEvent {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectId?: string | undefined;
  outcome?: AuditOutcome | undefined;
  fromIso?: string | undefined;
  toIso?: string | undefined;
}

/** All SQL about the append-only audit log: insert and read, nothing else. */
export async function insertAuditEvent(db: Kysely<Database>, event: NewAuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: event.at,
      actor_id: event.actorId,
      actor_role: event.actorRole,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      outcome: event.outcome,
      request_id: event.requestId,
      ip: event.ip,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
}

export async function pageAuditEvents(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: number,
  pageSize: number,
) {
  let query = db.selectFrom('audit_events').leftJoin('users', 'users.id', 'audit_events.actor_id');
  if (filter.action)
    query = query.where(likeText(sql.ref('audit_events.action'), filter.action, 'startsWith'));
  if (filter.actorId) query = query.where('audit_events.actor_id', '=', filter.actorId);
  if (filter.subjectId) query = query.where('audit_events.subject_id', '=', filter.subjectId);
  if (filter.outcome) query = query.where('audit_events.outcome', '=', filter.outcome);
  if (filter.fromIso) query = query.where('audit_events.at', '>=', filter.fromIso);
  if (filter.toIso) query = query.where('audit_events.at', '<', filter.toIso);
  const [rows, total] = await Promise.all([
    query
      .select([
        'audit_events.id',
        'audit_events.at',
        'audit_events.actor_id',
        'audit_events.actor_role',
        'audit_events.action',
        'audit_events.subject_type',
        'audit_events.subject_id',
        'audit_events.outcome',
        'audit_events.request_id',
        'audit_events.ip',
        'audit_events.details',
        'users.name as actor_name',
      ])
      .orderBy('audit_events.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
