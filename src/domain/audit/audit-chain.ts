/**
 * The tamper-evident audit chain (docs/decisions/011-audit-chain.md), as pure rules: how an event is
 * written down for its seal, how seals follow each other, and how a walk over the chain finds the
 * first broken link. The HMAC itself is passed in (its key lives outside the database).
 */

/** The columns of one audit event, exactly as stored. */
export interface SealedEventFacts {
  id: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  outcome: string;
  requestId: string | null;
  ip: string | null;
  details: string | null;
}

/** One link as stored: the seal, and the event it seals (null when the event row is gone). */
export interface ChainLink {
  seq: number;
  eventId: number;
  keyId: string;
  hash: string;
  event: SealedEventFacts | null;
}

/** Where the chain stands after a link: its sequence number, hash and event id. */
export interface ChainHead {
  seq: number;
  hash: string;
  eventId: number;
}

/** The chain before its first link. */
export const genesis: ChainHead = { seq: 0, hash: '', eventId: 0 };

/** HMAC-SHA-256 (hex) of a message under the key of that id; null when no key has that id. */
export type Hmac = (keyId: string, message: string) => string | null;

/** The event in a fixed, unambiguous form: every column, in order, as JSON. */
export function canonicalEvent(e: SealedEventFacts): string {
  return JSON.stringify([
    e.id,
    e.at,
    e.actorId,
    e.actorRole,
    e.action,
    e.subjectType,
    e.subjectId,
    e.outcome,
    e.requestId,
    e.ip,
    e.details,
  ]);
}

/** What a seal's HMAC covers: the sequence number, the previous seal's hash and the event. */
export function sealMessage(seq: number, previousHash: string, event: SealedEventFacts): string {
  return `${seq}\n${previousHash}\n${canonicalEvent(event)}`;
}

export interface NewSeal {
  seq: number;
  eventId: number;
  keyId: string;
  hash: string;
}

/** The seals of new events (in id order, after the head), under the current key. */
export function sealEvents(
  head: ChainHead,
  events: readonly SealedEventFacts[],
  keyId: string,
  hmac: Hmac,
): NewSeal[] {
  const seals: NewSeal[] = [];
  let previous = head;
  for (const event of events) {
    if (event.id <= previous.eventId)
      throw new Error(`Audit event ${event.id} comes after event ${previous.eventId} in the chain.`);
    const seq = previous.seq + 1;
    const hash = hmac(keyId, sealMessage(seq, previous.hash, event));
    if (hash === null) throw new Error(`The audit key ${keyId} is not in the audit key file.`);
    seals.push({ seq, eventId: event.id, keyId, hash });
    previous = { seq, hash, eventId: event.id };
  }
  return seals;
}

export type BrokenLink =
  | { kind: 'seal_missing'; seq: number; eventId: number }
  | { kind: 'event_deleted'; seq: number; eventId: number }
  | { kind: 'event_altered'; seq: number; eventId: number }
  | { kind: 'out_of_order'; seq: number; eventId: number }
  | { kind: 'unknown_key'; seq: number; eventId: number; keyId: string };

/**
 * Checks links that follow `head`, in sequence order. Returns the new head, or the first broken link:
 * a gap in the sequence (a seal removed), a sealed event that is gone, an event whose columns no longer
 * match its seal (or a seal rewritten without the key), events out of order, or a key that is missing.
 */
export function checkLinks(
  head: ChainHead,
  links: readonly ChainLink[],
  hmac: Hmac,
): { ok: true; head: ChainHead } | { ok: false; broken: BrokenLink } {
  let previous = head;
  for (const link of links) {
    const at = { seq: link.seq, eventId: link.eventId };
    if (link.seq !== previous.seq + 1) return { ok: false, broken: { kind: 'seal_missing', ...at } };
    if (link.eventId <= previous.eventId) return { ok: false, broken: { kind: 'out_of_order', ...at } };
    if (link.event === null) return { ok: false, broken: { kind: 'event_deleted', ...at } };
    const expected = hmac(link.keyId, sealMessage(link.seq, previous.hash, link.event));
    if (expected === null) return { ok: false, broken: { kind: 'unknown_key', ...at, keyId: link.keyId } };
    if (!constantTimeEqual(expected, link.hash))
      return { ok: false, broken: { kind: 'event_altered', ...at } };
    previous = { seq: link.seq, hash: link.hash, eventId: link.eventId };
  }
  return { ok: true, head: previous };
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The first broken link in a sentence an operator can act on. */
export function describeBrokenLink(broken: BrokenLink): string {
  switch (broken.kind) {
    case 'seal_missing':
      return `link ${broken.seq} (event ${broken.eventId}): the link before it is missing (a seal was removed)`;
    case 'event_deleted':
      return `link ${broken.seq}: audit event ${broken.eventId} was deleted`;
    case 'event_altered':
      return `link ${broken.seq}: audit event ${broken.eventId} was altered (its columns no longer match its seal)`;
    case 'out_of_order':
      return `link ${broken.seq}: audit event ${broken.eventId} is out of order in the chain`;
    case 'unknown_key':
      return `link ${broken.seq} (event ${broken.eventId}): the audit key ${broken.keyId} is not in the audit key file`;
  }
}
