import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainLink,
  checkLinks,
  describeBrokenLink,
  genesis,
  type Hmac,
  type SealedEventFacts,
  sealEvents,
} from './audit-chain.js';

const keys: Record<string, Buffer> = { a: Buffer.alloc(32, 1), b: Buffer.alloc(32, 2) };
const hmac: Hmac = (id, message) => {
  const key = keys[id];
  return key ? createHmac('sha256', key).update(message).digest('hex') : null;
};

function event(id: number, action = 'person.read'): SealedEventFacts {
  return {
    id,
    at: `2026-12-0${1 + (id % 3)}T10:00:00.000Z`,
    actorId: 'u1',
    actorRole: 'coach',
    action,
    subjectType: 'person',
    subjectId: `p${id}`,
    outcome: 'success',
    requestId: `r${id}`,
    ip: '10.0.0.1',
    details: id % 2 ? '{"field":"phone"}' : null,
  };
}

function chain(events: SealedEventFacts[], keyId = 'a'): ChainLink[] {
  return sealEvents(genesis, events, keyId, hmac).map((seal, i) => ({
    ...seal,
    event: events[i] ?? null,
  }));
}

describe('the audit chain', () => {
  const events = [event(1), event(2), event(4), event(7)];

  it('accepts an untouched chain and ends at its last link', () => {
    const result = checkLinks(genesis, chain(events), hmac);
    expect(result).toEqual({ ok: true, head: expect.objectContaining({ seq: 4, eventId: 7 }) });
  });

  it('continues from a head: sealing in two batches gives the same chain as in one', () => {
    const whole = chain(events);
    const first = sealEvents(genesis, events.slice(0, 2), 'a', hmac);
    const last = first.at(-1);
    if (!last) throw new Error('no seal');
    const rest = sealEvents(
      { seq: last.seq, hash: last.hash, eventId: last.eventId },
      events.slice(2),
      'a',
      hmac,
    );
    expect([...first, ...rest].map((s) => s.hash)).toEqual(whole.map((l) => l.hash));
  });

  it('names an altered column of an event', () => {
    for (const change of [
      { details: '{"field":"email"}' },
      { actorId: 'u2' },
      { at: '2026-12-09T10:00:00.000Z' },
      { outcome: 'denied' },
    ]) {
      const links = chain(events);
      const third = links[2];
      if (!third?.event) throw new Error('no link');
      third.event = { ...third.event, ...change };
      expect(checkLinks(genesis, links, hmac)).toEqual({
        ok: false,
        broken: { kind: 'event_altered', seq: 3, eventId: 4 },
      });
    }
  });

  it('names a deleted event, a removed seal, a reordered chain and a missing key', () => {
    const deleted = chain(events);
    if (deleted[1]) deleted[1].event = null;
    expect(checkLinks(genesis, deleted, hmac)).toMatchObject({
      broken: { kind: 'event_deleted', eventId: 2 },
    });

    const gap = chain(events).filter((l) => l.seq !== 2);
    expect(checkLinks(genesis, gap, hmac)).toMatchObject({ broken: { kind: 'seal_missing', seq: 3 } });

    // A removed link renumbered by someone without the key: the next hash no longer matches.
    const renumbered = gap.map((l, i) => ({ ...l, seq: i + 1 }));
    expect(checkLinks(genesis, renumbered, hmac)).toMatchObject({
      broken: { kind: 'event_altered', seq: 2 },
    });

    // A link moved to where it does not belong: refused before its hash is even computed.
    const moved = chain(events);
    const second = moved[1];
    if (!second) throw new Error('no link');
    moved[1] = { ...second, eventId: 1 };
    expect(checkLinks(genesis, moved, hmac)).toEqual({
      ok: false,
      broken: { kind: 'out_of_order', seq: 2, eventId: 1 },
    });

    const unknown = chain(events, 'a').map((l) => ({ ...l, keyId: 'gone' }));
    expect(checkLinks(genesis, unknown, hmac)).toMatchObject({
      broken: { kind: 'unknown_key', keyId: 'gone' },
    });
  });

  it('checks links sealed under an older key after a rotation', () => {
    const first = sealEvents(genesis, events.slice(0, 2), 'a', hmac);
    const last = first.at(-1);
    if (!last) throw new Error('no seal');
    const rest = sealEvents({ seq: 2, hash: last.hash, eventId: last.eventId }, events.slice(2), 'b', hmac);
    const links = [...first, ...rest].map((seal, i) => ({ ...seal, event: events[i] ?? null }));
    expect(checkLinks(genesis, links, hmac).ok).toBe(true);
    expect(links.map((l) => l.keyId)).toEqual(['a', 'a', 'b', 'b']);
  });

  it('refuses to seal events out of order or under a missing key', () => {
    expect(() => sealEvents(genesis, [event(3), event(2)], 'a', hmac)).toThrow(/comes after event 3/);
    expect(() => sealEvents(genesis, [event(1)], 'missing', hmac)).toThrow(/not in the audit key file/);
  });

  it('describes each broken link in words', () => {
    expect(describeBrokenLink({ kind: 'event_altered', seq: 3, eventId: 4 })).toBe(
      'link 3: audit event 4 was altered (its columns no longer match its seal)',
    );
  });
});
