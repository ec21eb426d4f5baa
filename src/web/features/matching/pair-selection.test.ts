import { describe, expect, it } from 'vitest';
import type { ProposedPair } from '../../api/types';
import {
  confirmSelection,
  initialChoices,
  lockedPairs,
  overrideField,
  overrideFieldForPath,
} from './pair-selection';

const person = (id: string, name: string) => ({
  id,
  name,
  associationName: 'Vzw Brug',
  sectorCode: '86',
  languages: ['nl'],
  postcode: '9000',
});

function pair(
  menteeId: string,
  mentorId: string,
  alternativeIds: string[] = [],
  locked = false,
): ProposedPair {
  return {
    mentee: { ...person(menteeId, `Mentee ${menteeId}`), waitingDays: 10 },
    mentor: person(mentorId, `Mentor ${mentorId}`),
    score: 0.8,
    criteria: [],
    locked,
    alternatives: alternativeIds.map((id) => ({
      mentor: person(id, `Mentor ${id}`),
      score: 0.7,
      delta: -0.1,
      displaces: null,
    })),
  };
}

describe('pair selection', () => {
  const pairs = [pair('a', 'x', ['y', 'z']), pair('b', 'y', [], true)];

  it('confirms every proposed pair by default and keeps the locks of the run', () => {
    const choices = initialChoices(pairs);
    expect(confirmSelection(pairs, choices)).toEqual({
      body: {
        pairs: [
          { menteeId: 'a', mentorId: 'x' },
          { menteeId: 'b', mentorId: 'y' },
        ],
      },
      missingReasons: [],
    });
    expect(lockedPairs(pairs, choices)).toEqual([['b', 'y']]);
  });

  it('asks for a reason when an alternative is picked, and locks the chosen mentor', () => {
    const choices = initialChoices(pairs);
    choices.a = { ...choices.a!, mentorId: 'z', locked: true };
    expect(confirmSelection(pairs, choices).missingReasons).toEqual(['a']);
    choices.a = { ...choices.a!, overrideReason: '  knows the ward  ' };
    expect(confirmSelection(pairs, choices).body.pairs[0]).toEqual({
      menteeId: 'a',
      mentorId: 'z',
      overrideReason: 'knows the ward',
    });
    expect(lockedPairs(pairs, choices)).toEqual([
      ['a', 'z'],
      ['b', 'y'],
    ]);
  });

  it('leaves out unticked and blocked pairs', () => {
    const choices = initialChoices(pairs);
    choices.a = { ...choices.a!, confirm: false };
    choices.b = { ...choices.b!, blocked: true };
    expect(confirmSelection(pairs, choices).body.pairs).toEqual([]);
    expect(lockedPairs(pairs, choices)).toEqual([]);
  });

  it("maps the server's field path to the mentee's override field", () => {
    const body = {
      pairs: [
        { menteeId: 'a', mentorId: 'x' },
        { menteeId: 'b', mentorId: 'z', overrideReason: '' },
      ],
    };
    expect(overrideFieldForPath('pairs.1.overrideReason', body)).toBe(overrideField('b'));
    expect(overrideFieldForPath('pairs.7.overrideReason', body)).toBeNull();
    expect(overrideFieldForPath('pairs', body)).toBeNull();
  });
});
