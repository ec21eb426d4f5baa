import type { MenteeMatchProfile, MentorMatchProfile } from './match-profile.js';
import { type CriterionScore, scorePair, type Weights } from './score-pair.js';
import type { PoolScores } from './score-pool.js';

/** What the explanation of a run needs from the engine: the pool, its scores and the assignment. */
export interface ExplainRunInput {
  mentees: ReadonlyArray<MenteeMatchProfile>;
  mentors: ReadonlyArray<{ profile: MentorMatchProfile; capacity: number }>;
  scores: PoolScores;
  /** Per mentee: the index of the assigned mentor, or -1. */
  assignment: ArrayLike<number>;
  /** Pairs the coach locked, as [mentee index, mentor index]. */
  locked: ReadonlyArray<readonly [number, number]>;
  weights: Weights;
}

/** One of the two best other mentors of a matched mentee. */
export interface ExplainedAlternative {
  mentor: number;
  score: number;
  /** The difference with the proposed pair's score (negative: worse for this mentee). */
  delta: number;
  /** The first mentee assigned to this mentor when the mentor is full (who loses them), else null. */
  displaces: number | null;
}

/** A proposed pair (indices into the pool) with the criteria behind its score. */
export interface ExplainedPair {
  mentee: number;
  mentor: number;
  score: number;
  criteria: CriterionScore[];
  locked: boolean;
  alternatives: ExplainedAlternative[];
}

/** Why a mentee got no mentor: the constraint that ruled out most mentors, or "outcompeted". */
export interface ExplainedUnmatched {
  mentee: number;
  reason: string;
  constraints: Record<string, number>;
  /** With reason "missing_training": the required modules behind it (the mentee's own, else the mentors'). */
  modules: string | null;
}

export interface RunExplanation {
  pairs: ExplainedPair[];
  unmatched: ExplainedUnmatched[];
}

/** The required modules behind a "missing training" reason: the mentee's own, else the mentors'. */
function missingModules(own: readonly string[], mentors: ReadonlyArray<readonly string[]>): string {
  return [...new Set(own.length ? own : mentors.flat())].join(', ');
}

/**
 * The explanation of a run, in pool order: every proposed pair with its criteria and the two best
 * alternatives (and whom taking one displaces), every unmatched mentee with the reason. Pure: the
 * same pool, scores and assignment give the same explanation.
 */
export function explainRun(input: ExplainRunInput): RunExplanation {
  const { mentees, mentors, scores, assignment, weights } = input;
  const m = mentors.length;
  const score = (i: number, k: number) => scores.values[i * m + k] ?? Number.NaN;
  const assignedTo = (k: number) => mentees.flatMap((_, i) => (assignment[i] === k ? [i] : []));
  const lockedSet = new Set(input.locked.map(([i, j]) => `${i}|${j}`));
  const pairs: ExplainedPair[] = [];
  const unmatched: ExplainedUnmatched[] = [];
  for (const [i, mentee] of mentees.entries()) {
    const j = assignment[i] ?? -1;
    if (j < 0) {
      const possible = Array.from({ length: m }, (_, k) => score(i, k)).filter(
        (v) => !Number.isNaN(v),
      ).length;
      const counts = scores.constraintsByMentee[i] ?? {};
      const top = Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0];
      const reason = m === 0 ? 'no_mentors' : possible > 0 ? 'outcompeted' : (top ?? 'no_mentors');
      unmatched.push({
        mentee: i,
        reason,
        constraints: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v ?? 0])),
        modules:
          reason === 'missing_training'
            ? missingModules(
                mentee.missingTraining,
                mentors.map((x) => x.profile.missingTraining),
              )
            : null,
      });
      continue;
    }
    const mentor = mentors[j]!;
    const scored = scorePair(mentee, mentor.profile, { weights, blocked: false });
    const proposedScore = scores.values[i * m + j] ?? 0;
    const alternatives = Array.from({ length: m }, (_, k) => ({ k, score: score(i, k) }))
      .filter((a) => a.k !== j && !Number.isNaN(a.score))
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .slice(0, 2)
      .map((a) => {
        const others = assignedTo(a.k);
        const full = others.length >= (mentors[a.k]?.capacity ?? 1);
        return {
          mentor: a.k,
          score: a.score,
          delta: Math.round((a.score - proposedScore) * 1e6) / 1e6,
          displaces: full ? (others[0] ?? null) : null,
        };
      });
    pairs.push({
      mentee: i,
      mentor: j,
      score: proposedScore,
      criteria: scored.possible ? scored.criteria : [],
      locked: lockedSet.has(`${i}|${j}`),
      alternatives,
    });
  }
  return { pairs, unmatched };
}
