import { type Kysely, sql } from 'kysely';
import type { ChainHead, ChainLink, NewSeal, SealedEventFacts } from '../../domain/audit/audit-chain.js';
import type { Engine } from '../client.js';
import type { Database } from '../schema.js';

/** All SQL about the audit chain's seals (docs/decisions/011-audit-chain.md). */

const eventColumns = [
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
] as const;

interface EventRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: string;
  request_id: string | null;
  ip: string | null;
  details: string | null;
}

function factsOf(row: EventRow): SealedEventFacts {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    outcome: row.outcome,
    requestId: row.request_id,
    ip: row.ip,
    details: row.details,
  };
}

/**
 * Makes concurrent sealers (several app servers) take turns: on PostgreSQL a transaction-scoped
 * advisory lock; SQLite has one writer at a time already.
 */
export async function lockChainForSealing(db: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(20261204, 11)`.execute(db);
}

/** The last link of the chain, or null before the first seal. */
export async function chainHead(db: Kysely<Database>): Promise<ChainHead | null> {
  const row = await db
    .selectFrom('audit_seals')
    .select(['seq', 'hash', 'event_id'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: row.seq, hash: row.hash, eventId: row.event_id } : null;
}

/** Audit events after an id, in id order (the events the next seals cover). */
export async function eventsAfter(
  db: Kysely<Database>,
  afterId: number,
  limit: number,
): Promise<SealedEventFacts[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select(eventColumns)
    .where('audit_events.id', '>', afterId)
    .orderBy('audit_events.id')
    .limit(limit)
    .execute();
  return rows.map(factsOf);
}

export async function insertSeals(
  db: Kysely<Database>,
  seals: readonly NewSeal[],
  sealedAt: string,
): Promise<void> {
  if (seals.length === 0) return;
  await db
    .insertInto('audit_seals')
    .values(
      seals.map((s) => ({
        seq: s.seq,
        event_id: s.eventId,
        key_id: s.keyId,
        hash: s.hash,
        sealed_at: sealedAt,
      })),
    )
    .execute();
}

/** Links after a sequence number, in order, each with its event (null when the event row is gone). */
export async function linksAfter(
  db: Kysely<Database>,
  afterSeq: number,
  limit: number,
): Promise<ChainLink[]> {
  const rows = await db
    .selectFrom('audit_seals')
    .leftJoin('audit_events', 'audit_events.id', 'audit_seals.event_id')
    .select([
      'audit_seals.seq',
      'audit_seals.event_id',
      'audit_seals.key_id',
      'audit_seals.hash',
      ...eventColumns,
    ])
    .where('audit_seals.seq', '>', afterSeq)
    .orderBy('audit_seals.seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    eventId: row.event_id,
    keyId: row.key_id,
    hash: row.hash,
    event:
      row.id === null || row.at === null || row.action === null || row.outcome === null
        ? null
        : factsOf(row as EventRow),
  }));
}

/** The first event at or before an id that has no seal: one added behind the chain's back. */
export async function firstUnsealedUpTo(db: Kysely<Database>, eventId: number): Promise<number | null> {
  const row = await db
    .selectFrom('audit_events')
    .leftJoin('audit_seals', 'audit_seals.event_id', 'audit_events.id')
    .select('audit_events.id')
    .where('audit_events.id', '<=', eventId)
    .where('audit_seals.seq', 'is', null)
    .orderBy('audit_events.id')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** How many events after an id wait for their seal. */
export async function countEventsAfter(db: Kysely<Database>, afterId: number): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '>', afterId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One day's events with their seals, in id order, a page at a time (the daily export). */
export async function sealedEventsBetween(
  db: Kysely<Database>,
  fromIso: string,
  toIso: string,
  afterId: number,
  limit: number,
) {
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('audit_seals', 'audit_seals.event_id', 'audit_events.id')
    .select([...eventColumns, 'audit_seals.seq', 'audit_seals.key_id', 'audit_seals.hash'])
    .where('audit_events.at', '>=', fromIso)
    .where('audit_events.at', '<', toIso)
    .where('audit_events.id', '>', afterId)
    .orderBy('audit_events.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    event: factsOf(row),
    seal: row.seq === null ? null : { seq: row.seq, keyId: row.key_id ?? '', hash: row.hash ?? '' },
  }));
}

/** The seal of one link, for checking an exported file against the database. */
export async function sealAt(db: Kysely<Database>, seq: number) {
  return db
    .selectFrom('audit_seals')
    .select(['seq', 'event_id', 'hash'])
    .where('seq', '=', seq)
    .executeTakeFirst();
}

/** The time of the oldest audit event (where the daily export starts), or null. */
export async function firstEventAt(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('audit_events').select('at').orderBy('id').limit(1).executeTakeFirst();
  return row?.at ?? null;
}
