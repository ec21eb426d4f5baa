import { describe, expect, it } from 'vitest';
import { associationsReceiving, matchingPool, type PoolAssociation } from './matching-pool.js';

const associations: PoolAssociation[] = [
  { id: 'brug', region: 'BRU', sharesMentors: true },
  { id: 'pont', region: 'BRU', sharesMentors: true },
  { id: 'quiet', region: 'BRU', sharesMentors: false },
  { id: 'gent', region: 'VLG', sharesMentors: true },
];
const coach = (associationId: string | null) => ({ id: 'c', role: 'coach' as const, associationId });
const admin = { id: 'a', role: 'admin' as const, associationId: null };

describe('matchingPool', () => {
  it.each([
    // who, requested, mentees, mentors (own first, then the sisters that share)
    ['coach of brug', coach('brug'), undefined, ['brug'], ['brug', 'pont']],
    ['coach of brug, own id', coach('brug'), 'brug', ['brug'], ['brug', 'pont']],
    ['coach of quiet still receives', coach('quiet'), undefined, ['quiet'], ['quiet', 'brug', 'pont']],
    ['coach of gent: no sister shares', coach('gent'), undefined, ['gent'], ['gent']],
    ['admin, one association', admin, 'pont', ['pont'], ['pont', 'brug']],
    ['admin, all', admin, null, null, null],
    ['admin, nothing asked', admin, undefined, null, null],
  ] as const)('%s', (_, actor, requested, mentees, mentors) => {
    const pool = matchingPool(actor, requested, associations);
    expect(pool).toEqual({
      ok: true,
      value: {
        associationId: mentees?.[0] ?? null,
        menteeAssociationIds: mentees,
        mentorAssociationIds: mentors,
        sharedFrom: mentors?.slice(1) ?? [],
      },
    });
  });

  it.each([
    ['coach asks for a sister association', coach('brug'), 'pont'],
    ['coach asks for all associations', coach('brug'), null],
    ['coach without an association', coach(null), undefined],
    ['admin names an unknown association', admin, 'nowhere'],
    ['a mentor', { id: 'm', role: 'mentor' as const, associationId: 'brug' }, undefined],
    ['a funder', { id: 'f', role: 'funder' as const, associationId: null }, null],
  ] as const)('refuses: %s', (_, actor, requested) => {
    const pool = matchingPool(actor, requested, associations);
    expect(pool.ok ? null : pool.error.code).toBe('not_found');
  });
});

describe('associationsReceiving', () => {
  it.each([
    ['admin, a sharing association', admin, 'brug', ['brug', 'pont', 'quiet']],
    ['admin, a non-sharing association', admin, 'quiet', ['quiet']],
    ['coach of a sister', coach('pont'), 'brug', ['pont']],
    ['coach of another region', coach('gent'), 'brug', []],
    ['coach of a sister, mentor not shared', coach('pont'), 'quiet', []],
    ['unknown association', admin, null, []],
  ] as const)('%s', (_, actor, mentorAssociation, expected) => {
    expect(associationsReceiving(actor, mentorAssociation, associations).sort()).toEqual(
      [...expected].sort(),
    );
  });
});
