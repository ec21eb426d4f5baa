import type { MenteeMatchProfile, MentorMatchProfile } from './match-profile.js';
import { type PairScore, scorePair, type Weights } from './score-pair.js';

/**
 * The score matrix of a whole pool (rows: mentees, columns: mentors; NaN for an impossible pair),
 * and the hard constraint of every impossible pair, counted, for the fairness report.
 * Blocked pairs are "menteeId|mentorId" strings.
 */
export interface PoolScores {
  mentees: number;
  mentors: number;
  values: Float64Array;
  /** Per mentee: how many mentors each hard constraint ruled out. */
  constraintsByMentee: Array<Partial<Record<string, number>>>;
}

export function pairKey(menteeId: string, mentorId: string): string {
  return `${menteeId}|${mentorId}`;
}

export function scorePool(
  mentees: readonly MenteeMatchProfile[],
  mentors: readonly MentorMatchProfile[],
  weights: Weights,
  blocked: ReadonlySet<string> = new Set(),
): PoolScores {
  const values = new Float64Array(mentees.length * mentors.length);
  const constraintsByMentee: PoolScores['constraintsByMentee'] = [];
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i]!;
    const counts: Partial<Record<string, number>> = {};
    for (let j = 0; j < mentors.length; j++) {
      const mentor = mentors[j]!;
      const result: PairScore = scorePair(mentee, mentor, {
        weights,
        blocked: blocked.has(pairKey(mentee.id, mentor.id)),
      });
      if (result.possible) values[i * mentors.length + j] = result.score;
      else {
        values[i * mentors.length + j] = Number.NaN;
        counts[result.constraint] = (counts[result.constraint] ?? 0) + 1;
      }
    }
    constraintsByMentee.push(counts);
  }
  return { mentees: mentees.length, mentors: mentors.length, values, constraintsByMentee };
}
