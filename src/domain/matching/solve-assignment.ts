import type { DomainError } from '../result.js';
import { applyLockedPairs, checkCapacities, invalidProblem } from './apply-locked-pairs.js';
import { type DenseAssignmentInput, minimizeDenseAssignment } from './minimize-dense-assignment.js';
import { minimizePrunedAssignment } from './minimize-pruned-assignment.js';

/**
 * Exact mentee-mentor assignment on a dense score matrix.
 *
 * Objective, lexicographic: first match as many mentees as possible, then, among those assignments,
 * the largest total score. Lexicographic because a coach would rather give every mentee a decent
 * mentor than give a few mentees their favourite and leave others without one; a plain "maximise
 * the total" can prefer fewer, better pairs. It is realised with one number per pair: leaving a
 * mentee (or, when there are more mentees than places, a place) unmatched costs `D = nu * range + 1`
 * more than the worst allowed pair, where `nu` bounds the number of matches and `range` is the spread
 * of the allowed scores, so one more match always outweighs any change of total (with a margin of 1,
 * which keeps the comparison robust to rounding). Totals are re-added from the input scores.
 *
 * Capacities become slots (mentor j repeated min(capacity, mentees) times) through index maps, not
 * copies; locked pairs are removed first (see `applyLockedPairs`). The smaller side becomes the rows
 * of the Jonker-Volgenant engine (`minimizeDenseAssignment`): when there are more mentees than
 * places the matrix is transposed once. Cost O(R^2 K) worst case for R = min(mentees, places),
 * K = max(...); a uniform random 2,000 x 2,000 pool takes a fraction of a second (bench/README.md).
 * Ties are broken by index order only, so equal inputs give equal outputs.
 */

/** Row-major scores, `values[mentee * mentors + mentor]`, in [0, 1]; NaN marks an impossible pair. */
export interface ScoreMatrix {
  mentees: number;
  mentors: number;
  values: Float64Array;
}

/** A ScoreMatrix, or one array per mentee with one entry per mentor, null for an impossible pair. */
export type ScoreInput = ScoreMatrix | ReadonlyArray<ReadonlyArray<number | null>>;

export interface AssignmentProblem {
  scores: ScoreInput;
  /** Places per mentor; whole numbers >= 0, one per mentor. */
  capacities: ArrayLike<number>;
  /** Pairs [mentee, mentor] the coach fixed; they must be allowed and take part of the capacity. */
  locked?: ReadonlyArray<readonly [number, number]>;
}

export interface Assignment {
  ok: true;
  /** Mentor index per mentee, -1 for an unmatched mentee. */
  assignment: Int32Array;
  matched: number;
  total: number;
}

export type AssignmentResult = Assignment | { ok: false; error: DomainError };

/** Turns nested arrays into a ScoreMatrix (null becomes NaN); checks that every row is complete. */
export function toScoreMatrix(
  rows: ReadonlyArray<ReadonlyArray<number | null>>,
  mentors: number,
): { ok: true; matrix: ScoreMatrix } | { ok: false; error: DomainError } {
  const values = new Float64Array(rows.length * mentors);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ReadonlyArray<number | null>;
    if (row.length !== mentors) {
      return invalidProblem(`scores of mentee ${i} have ${row.length} entries, expected ${mentors}`);
    }
    for (let j = 0; j < mentors; j++) {
      const s = row[j];
      values[i * mentors + j] = s === null || s === undefined ? Number.NaN : s;
    }
  }
  return { ok: true, matrix: { mentees: rows.length, mentors, values } };
}

/**
 * `pruned` (the default) prices a sparse solve against the whole matrix and falls back to `dense`;
 * `dense` runs the Jonker-Volgenant engine on the whole matrix. Both are exact; tests run both.
 */
export interface SolveOptions {
  engine?: 'pruned' | 'dense';
}

/** Solves the dense problem exactly; expected failures (bad locks, bad input) come back as values. */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentResult {
  let matrix: ScoreMatrix;
  if (isScoreMatrix(problem.scores)) matrix = problem.scores;
  else {
    const converted = toScoreMatrix(problem.scores, problem.capacities.length);
    if (!converted.ok) return converted;
    matrix = converted.matrix;
  }
  const { mentees: n, mentors: m, values } = matrix;
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0 || values.length !== n * m) {
    return invalidProblem(`score matrix must hold mentees x mentors = ${n} x ${m} values`);
  }
  const checked = checkCapacities(problem.capacities, m);
  if (!checked.ok) return checked;
  let hasImpossible = false;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let e = 0; e < values.length; e++) {
    const s = values[e] as number;
    if (Number.isNaN(s)) hasImpossible = true;
    else if (s === Number.POSITIVE_INFINITY || s === Number.NEGATIVE_INFINITY) {
      return invalidProblem('scores must be finite numbers or NaN (impossible)', { index: e });
    } else {
      if (s < low) low = s;
      if (s > high) high = s;
    }
  }
  const locks = applyLockedPairs(n, checked.capacities, problem.locked ?? [], (i, j) => {
    const s = values[i * m + j] as number;
    return !Number.isNaN(s);
  });
  if (!locks.ok) return locks;
  const { lockedMentor, residualCapacity, freeMentees } = locks.pool;

  const free = freeMentees.length;
  let slots = 0;
  for (let j = 0; j < m; j++) slots += Math.min(residualCapacity[j] as number, free);
  const slotMentor = new Int32Array(slots);
  for (let j = 0, s = 0; j < m; j++) {
    const count = Math.min(residualCapacity[j] as number, free);
    for (let c = 0; c < count; c++) slotMentor[s++] = j;
  }

  const assignment = Int32Array.from(lockedMentor);
  if (free > 0 && slots > 0) {
    const transposed = free > slots;
    const rows = transposed ? slots : free;
    const columns = transposed ? free : slots;
    const range = high > low ? high - low : 0;
    const lexicographicDummy = -high + Math.min(rows, columns) * range + 1;
    const dummyCost = hasImpossible || rows > columns ? lexicographicDummy : null;
    const minimize = (input: DenseAssignmentInput) =>
      options.engine === 'dense'
        ? minimizeDenseAssignment(input)
        : minimizePrunedAssignment(input, lexicographicDummy);
    let col4row: Int32Array;
    if (!transposed) {
      col4row = minimize({
        profits: values,
        width: m,
        rowSource: freeMentees,
        colSource: slotMentor,
        dummyCost,
      });
      for (let r = 0; r < rows; r++) {
        const k = col4row[r] as number;
        if (k >= 0) assignment[freeMentees[r] as number] = slotMentor[k] as number;
      }
    } else {
      const transposedValues = transpose(values, n, m);
      col4row = minimize({
        profits: transposedValues,
        width: n,
        rowSource: slotMentor,
        colSource: freeMentees,
        dummyCost,
      });
      for (let r = 0; r < rows; r++) {
        const k = col4row[r] as number;
        if (k >= 0) assignment[freeMentees[k] as number] = slotMentor[r] as number;
      }
    }
  }
  let matched = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = assignment[i] as number;
    if (j >= 0) {
      matched++;
      total += values[i * m + j] as number;
    }
  }
  return { ok: true, assignment, matched, total };
}

function isScoreMatrix(scores: ScoreInput): scores is ScoreMatrix {
  return !Array.isArray(scores);
}

function transpose(values: Float64Array, n: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  const block = 64;
  for (let i0 = 0; i0 < n; i0 += block) {
    const i1 = Math.min(n, i0 + block);
    for (let j0 = 0; j0 < m; j0 += block) {
      const j1 = Math.min(m, j0 + block);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) out[j * n + i] = values[i * m + j] as number;
      }
    }
  }
  return out;
}
