import { describe, expect, it } from 'vitest';
import { explainRun } from './explain-run.js';
import type { MenteeMatchProfile, MentorMatchProfile } from './match-profile.js';
import { defaultWeights } from './score-pair.js';
import type { PoolScores } from './score-pool.js';

const place = { latitude: 51.0543, longitude: 3.7174 };

function mentee(id: string, overrides: Partial<MenteeMatchProfile> = {}): MenteeMatchProfile {
  return {
    id,
    personId: `p-${id}`,
    sectorCode: '86',
    sectorSection: 'Q',
    iscoCode: '2221',
    languages: [{ code: 'nl', understanding: 'B2', speaking: 'B2' }],
    skills: [],
    interests: [],
    availability: [],
    location: place,
    meets: { inPerson: true, online: true },
    waitingDays: 10,
    missingTraining: [],
    ...overrides,
  };
}

function mentor(id: string, overrides: Partial<MentorMatchProfile> = {}): MentorMatchProfile {
  return {
    id,
    personId: `p-${id}`,
    sectorCode: '86',
    sectorSection: 'Q',
    iscoCode: '2221',
    languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2' }],
    skills: [],
    interests: [],
    availability: [],
    location: place,
    meets: { inPerson: true, online: true },
    freePlaces: 1,
    screened: true,
    missingTraining: [],
    ...overrides,
  };
}

/** A score matrix by hand: rows are mentees, NaN an impossible pair. */
function scores(rows: number[][], constraints: PoolScores['constraintsByMentee'] = []): PoolScores {
  const mentors = rows[0]?.length ?? 0;
  return {
    mentees: rows.length,
    mentors,
    values: Float64Array.from(rows.flat()),
    constraintsByMentee: rows.map((_, i) => constraints[i] ?? {}),
  };
}

const one = (profile: MentorMatchProfile, capacity = 1) => ({ profile, capacity });

describe('explaining a matching run', () => {
  it('gives each pair its criteria and the two best other mentors, best first, with the score difference', () => {
    const explained = explainRun({
      mentees: [mentee('e1'), mentee('e2')],
      mentors: [one(mentor('o1')), one(mentor('o2')), one(mentor('o3')), one(mentor('o4'))],
      scores: scores([
        [0.9, 0.5, 0.7, Number.NaN],
        [0.2, 0.8, 0.3, 0.3],
      ]),
      assignment: [0, 1],
      locked: [],
      weights: defaultWeights,
    });
    expect(explained.unmatched).toEqual([]);
    const [first, second] = explained.pairs;
    expect(first).toMatchObject({ mentee: 0, mentor: 0, score: 0.9, locked: false });
    expect(first?.criteria.map((c) => c.criterion)).toContain('sector');
    // o2 is taken by e2 (one place): taking it for e1 displaces e2; o3 is free; o4 is impossible.
    expect(first?.alternatives).toEqual([
      { mentor: 2, score: 0.7, delta: -0.2, displaces: null },
      { mentor: 1, score: 0.5, delta: -0.4, displaces: 1 },
    ]);
    // Equal scores: the mentor listed first in the pool comes first.
    expect(second?.alternatives.map((a) => a.mentor)).toEqual([2, 3]);
    expect(second?.alternatives[0]?.delta).toBe(-0.5);
  });

  it('does not count a mentor with a free place left as displacing anyone', () => {
    const explained = explainRun({
      mentees: [mentee('e1'), mentee('e2')],
      mentors: [one(mentor('o1')), one(mentor('o2'), 2)],
      scores: scores([
        [0.9, 0.6],
        [0.1, 0.8],
      ]),
      assignment: [0, 1],
      locked: [[1, 1]],
      weights: defaultWeights,
    });
    expect(explained.pairs[0]?.alternatives).toEqual([
      { mentor: 1, score: 0.6, delta: -0.3, displaces: null },
    ]);
    expect(explained.pairs[1]).toMatchObject({ locked: true });
    expect(explained.pairs[0]).toMatchObject({ locked: false });
  });

  it('says why a mentee is unmatched: no mentors, outcompeted, or the constraint that ruled out most', () => {
    const alone = explainRun({
      mentees: [mentee('e1')],
      mentors: [],
      scores: scores([[]]),
      assignment: [-1],
      locked: [],
      weights: defaultWeights,
    });
    expect(alone.unmatched).toEqual([{ mentee: 0, reason: 'no_mentors', constraints: {}, modules: null }]);

    const explained = explainRun({
      mentees: [mentee('e1'), mentee('e2'), mentee('e3')],
      mentors: [one(mentor('o1')), one(mentor('o2'))],
      scores: scores(
        [
          [0.9, Number.NaN],
          [0.5, Number.NaN],
          [Number.NaN, Number.NaN],
        ],
        [{ no_shared_language: 1 }, { no_shared_language: 1 }, { no_shared_language: 1, blocked: 1 }],
      ),
      assignment: [0, -1, -1],
      locked: [],
      weights: defaultWeights,
    });
    expect(explained.pairs.map((p) => p.mentee)).toEqual([0]);
    expect(explained.unmatched).toEqual([
      { mentee: 1, reason: 'outcompeted', constraints: { no_shared_language: 1 }, modules: null },
      {
        mentee: 2,
        reason: 'no_shared_language',
        constraints: { no_shared_language: 1, blocked: 1 },
        modules: null,
      },
    ]);
  });

  it('names the missing modules: the mentee’s own, else those the mentors lack', () => {
    const run = (own: string[]) =>
      explainRun({
        mentees: [mentee('e1', { missingTraining: own })],
        mentors: [
          one(mentor('o1', { missingTraining: ['M2', 'M1'] })),
          one(mentor('o2', { missingTraining: ['M1'] })),
        ],
        scores: scores([[Number.NaN, Number.NaN]], [{ missing_training: 2 }]),
        assignment: [-1],
        locked: [],
        weights: defaultWeights,
      }).unmatched[0];
    expect(run(['M7'])).toMatchObject({ reason: 'missing_training', modules: 'M7' });
    expect(run([])).toMatchObject({ reason: 'missing_training', modules: 'M2, M1' });
  });
});
