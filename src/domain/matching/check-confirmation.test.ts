import { describe, expect, it } from 'vitest';
import type { MatchRun } from '../../contracts/matching.js';
import { checkConfirmation } from './check-confirmation.js';

const person = (id: string) => ({
  id,
  name: id,
  associationName: null,
  sectorCode: null,
  languages: [],
  postcode: null,
});

function runOf(status: MatchRun['status'] = 'proposed'): MatchRun {
  const alternative = (id: string, score: number) => ({
    mentor: person(id),
    score,
    delta: 0,
    displaces: null,
  });
  return {
    id: 'run',
    createdAt: '2026-11-02T09:00:00.000Z',
    createdBy: 'Coach',
    associationId: null,
    associationName: null,
    status,
    pairs: [
      {
        mentee: { ...person('amina'), waitingDays: 3 },
        mentor: person('els'),
        score: 0.9,
        criteria: [],
        locked: false,
        alternatives: [alternative('tom', 0.6)],
      },
      {
        mentee: { ...person('mehmet'), waitingDays: 5 },
        mentor: person('tom'),
        score: 0.8,
        criteria: [],
        locked: false,
        alternatives: [alternative('els', 0.4)],
      },
    ],
    unmatched: [],
    fairness: {
      menteesInPool: 2,
      mentorsInPool: 2,
      placesInPool: 2,
      matched: 2,
      totalScore: 1.7,
      scoreHistogram: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
      scoreQuartiles: [0.8, 0.8, 0.85, 0.9, 0.9],
      mentorLoad: [],
      waitingDays: { matchedMedian: 4, unmatchedMedian: 0, matchedMax: 5 },
    },
    solveMs: 1,
  };
}

describe('checking a confirmation', () => {
  it('gives each pair the score the run showed: the proposal, an alternative, or none', () => {
    const checked = checkConfirmation(runOf(), [
      { menteeId: 'amina', mentorId: 'els' },
      { menteeId: 'mehmet', mentorId: 'els', overrideReason: 'Zelfde buurt' },
    ]);
    expect(checked).toEqual({
      ok: true,
      value: [
        { menteeId: 'amina', mentorId: 'els', score: 0.9 },
        { menteeId: 'mehmet', mentorId: 'els', overrideReason: 'Zelfde buurt', score: 0.4 },
      ],
    });
  });

  it('refuses a confirmed run, a pair outside the run, a mentee twice, and an unexplained other mentor', () => {
    expect(checkConfirmation(runOf('confirmed'), [])).toMatchObject({
      ok: false,
      error: { code: 'matching.already_confirmed' },
    });
    const refused = checkConfirmation(runOf(), [
      { menteeId: 'amina', mentorId: 'els' },
      { menteeId: 'amina', mentorId: 'els' },
      { menteeId: 'yonas', mentorId: 'els' },
      { menteeId: 'mehmet', mentorId: 'nobody' },
      { menteeId: 'mehmet', mentorId: 'els' },
    ]);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('matching.person_not_in_run');
    expect(refused.error.details).toEqual([
      {
        path: ['pairs', 1],
        code: 'matching.person_not_in_run',
        message: 'This pair is not part of the run.',
      },
      {
        path: ['pairs', 2],
        code: 'matching.person_not_in_run',
        message: 'This pair is not part of the run.',
      },
      {
        path: ['pairs', 3],
        code: 'matching.person_not_in_run',
        message: 'This pair is not part of the run.',
      },
      {
        path: ['pairs', 4, 'overrideReason'],
        code: 'matching.override_reason_required',
        message: 'Say why you choose another mentor than the engine.',
      },
    ]);
  });
});
