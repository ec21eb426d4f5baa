import type { DomainError } from '../result.js';
import { applyLockedPairs, checkCapacities, invalidProblem } from './apply-locked-pairs.js';
import { lowestPrices, minimizeSparseAssignment } from './minimize-sparse-assignment.js';

/**
 * Assignment for pools too large for a matrix (100,000 a side): same objective as `solveAssignment`
 * (most matches first, then the largest total), on candidate lists grown by pricing.
 *
 * Why not just each mentee's top candidates: when many mentees want the same few mentors, their top
 * lists all name those mentors and the restricted problem cannot match most of them. Instead, column
 * generation: solve the restricted problem (candidate edges only, mentors expanded into slots, the
 * sparse engine `minimizeSparseAssignment`), read the mentor prices `price_j >= 0` and mentee
 * utilities from its duals, and ask `findCandidates` for each mentee's best mentors by
 * `score - price_j` among ALL allowed mentors. Any returned mentor with `score - price_j` above the
 * mentee's utility could improve the answer and joins the list; then solve again. An unmatched
 * mentee's utility is very low (leaving a mentee unmatched costs more than any score difference, the
 * lexicographic weighting of `solveAssignment`), so it is offered mentors that still have room first:
 * the cardinality is repaired before the total is polished. When no mentee gains a candidate, the
 * duals are feasible for every allowed pair and the answer is optimal for the whole pool.
 *
 * The bound: `optimalityGap = sum over mentees of max(0, best(score - price) - utility)` is, by LP
 * duality, at least the distance of `total` from the optimum; when it is below 1 (the lexicographic
 * margin) `matched` is provably the maximum. It is 0 (up to rounding) once converged.
 *
 * Cost per round: one `findCandidates` call per mentee plus a sparse solve on the candidate edges,
 * made cheaper in two ways. Partial pricing: while the restricted problem leaves mentees unmatched,
 * only they are priced (a full pass follows when they gain nothing, and always on the last round), so
 * the rounds that repair the cardinality do not ask every mentee of a contested group for its best
 * mentors far away. Warm start: each solve starts from the previous round's assignment and column
 * duals (`minimizeSparseAssignment` with `warm`), re-augmenting only the mentees whose new candidates
 * beat their utility; after the first round that matches everyone after unmatched rounds, the prices
 * are lowered to the smallest that still certify that round's optimum (`lowestPrices`, one Dijkstra
 * pass), to drop prices that only the lexicographic weight of unmatched mentees needed. Pricing
 * bounds: each priced mentee keeps an upper bound on its best `score - price` over all mentors, raised
 * each round by what the mentors whose price fell can add (at most the largest fall, and at most the
 * highest score minus the lowest fallen price); a mentee whose utility is still at least its bound is
 * not asked again. Skipped mentees add `bound - utility` (rounding only) to the gap bound, so
 * convergence and the bound stay exact.
 */

/** Mentors (indices) and their scores for one mentee, best first; scores in [0, 1]. */
export interface CandidateList {
  mentors: ArrayLike<number>;
  scores: ArrayLike<number>;
}

/**
 * Returns up to `count` allowed mentors of `mentee` with the largest `score - prices[mentor]`, taken
 * over ALL allowed mentors (not only earlier candidates); mentors priced Infinity have no room left
 * and may be skipped. Prices are 0 for mentors with room and positive for contested ones. Mentors
 * with `score - price <= floor` may be left out (the mentee already does that well), which lets a
 * generator stop early; `floor` is -Infinity when the plain top `count` is wanted.
 */
export type FindCandidates = (
  mentee: number,
  prices: Float64Array,
  count: number,
  floor: number,
) => CandidateList;

export interface SparseAssignmentProblem {
  mentees: number;
  mentors: number;
  capacities: ArrayLike<number>;
  findCandidates: FindCandidates;
  /** Starting lists; default: `findCandidates` at price 0, i.e. each mentee's top scores. */
  candidates?: ReadonlyArray<CandidateList>;
  locked?: ReadonlyArray<readonly [number, number]>;
  /** Called once per round with the new prices, before the `findCandidates` calls (to index them). */
  onPrices?: (prices: Float64Array) => void;
  /** Score of one pair, null when impossible; used to check and count locked pairs. */
  scorePair?: (mentee: number, mentor: number) => number | null;
  /** Pricing rounds at most (default 30); the answer then carries its gap bound. */
  maxRounds?: number;
  initialCandidates?: number;
  candidatesPerRound?: number;
  /** Start each round's solve from the previous round's optimum (default true; false for tests). */
  warmStart?: boolean;
  /** Skip pricing a mentee whose bound proves it gains nothing (default true; false for tests). */
  pricingBounds?: boolean;
}

export interface SparseAssignment {
  ok: true;
  assignment: Int32Array;
  matched: number;
  total: number;
  rounds: number;
  converged: boolean;
  /** Upper bound on (optimal total - total); below 1 it also proves `matched` maximal. */
  optimalityGap: number;
  candidateEdges: number;
  /** `findCandidates` calls made by the pricing passes (the starting lists not counted). */
  pricingCalls: number;
}

export type SparseAssignmentResult = SparseAssignment | { ok: false; error: DomainError };

export function solveSparseAssignment(problem: SparseAssignmentProblem): SparseAssignmentResult {
  const { mentees: n, mentors: m, findCandidates } = problem;
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) {
    return invalidProblem('mentees and mentors must be whole numbers');
  }
  const checked = checkCapacities(problem.capacities, m);
  if (!checked.ok) return checked;
  const lists: { mentors: number[]; scores: number[] }[] = [];
  let low = 0;
  let high = 1;
  const take = (into: { mentors: number[]; scores: number[] }, list: CandidateList) => {
    for (let c = 0; c < list.mentors.length; c++) {
      const j = list.mentors[c] as number;
      const s = list.scores[c] as number;
      if (!Number.isInteger(j) || j < 0 || j >= m || !Number.isFinite(s)) continue;
      if (into.mentors.includes(j)) continue;
      into.mentors.push(j);
      into.scores.push(s);
      if (s < low) low = s;
      if (s > high) high = s;
    }
  };
  const zeroPrices = new Float64Array(m);
  if (!problem.candidates) problem.onPrices?.(zeroPrices);
  for (let i = 0; i < n; i++) {
    const list = { mentors: [] as number[], scores: [] as number[] };
    take(
      list,
      problem.candidates?.[i] ??
        findCandidates(i, zeroPrices, problem.initialCandidates ?? 16, Number.NEGATIVE_INFINITY),
    );
    lists.push(list);
  }
  const scoreOf = (i: number, j: number): number | null => {
    if (problem.scorePair) return problem.scorePair(i, j);
    const list = lists[i] as { mentors: number[]; scores: number[] };
    const at = list.mentors.indexOf(j);
    return at < 0 ? null : (list.scores[at] as number);
  };
  const locks = applyLockedPairs(n, checked.capacities, problem.locked ?? [], (i, j) => {
    const s = scoreOf(i, j);
    return s !== null && Number.isFinite(s);
  });
  if (!locks.ok) return locks;
  const { lockedMentor, residualCapacity: cap, freeMentees } = locks.pool;
  const R = freeMentees.length;
  let places = 0;
  for (let j = 0; j < m; j++) places += cap[j] as number;
  const maxRounds = problem.maxRounds ?? 30;
  const perRound = problem.candidatesPerRound ?? 8;
  const prices = new Float64Array(m);
  // Pricing bounds: while bounded[r], bound[r] >= max over ALL allowed mentors of score - price for
  // mentee r at the current prices. A mentee whose utility is at least its bound gains nothing from
  // `findCandidates` and is not asked (see the pricing below).
  const bound = new Float64Array(R);
  const bounded = new Uint8Array(R);
  const lastPrices = new Float64Array(m);
  let pricingCalls = 0;
  const useBounds = problem.pricingBounds !== false;
  const slotStart = new Int32Array(m + 1);
  const degree = new Int32Array(m);
  const mark = new Int32Array(m).fill(-1);
  let col4row: Int32Array = new Int32Array(R).fill(-1);
  // The previous round's optimum, to warm-start the next solve (see below).
  let previous: { slotStart: Int32Array; v: Float64Array; dummyCost: number; unmatched: number } | null =
    null;
  let rounds = 0;
  let converged = false;
  let gap = 0;
  let edgesTotal = 0;
  while (rounds < maxRounds && R > 0) {
    rounds++;
    // Slots: mentor j gets min(capacity left, mentees listing it + 1) columns, so that a mentor with
    // room keeps a free slot, whose dual (0) is the price the whole pool sees.
    degree.fill(0);
    for (let r = 0; r < R; r++) {
      for (const j of (lists[freeMentees[r] as number] as { mentors: number[] }).mentors) {
        degree[j] = (degree[j] as number) + 1;
      }
    }
    for (let j = 0; j < m; j++) {
      const d = degree[j] as number;
      slotStart[j + 1] = (slotStart[j] as number) + (d === 0 ? 0 : Math.min(cap[j] as number, d + 1));
    }
    const K = slotStart[m] as number;
    edgesTotal = 0;
    for (let r = 0; r < R; r++) {
      for (const j of (lists[freeMentees[r] as number] as { mentors: number[] }).mentors) {
        edgesTotal += (slotStart[j + 1] as number) - (slotStart[j] as number);
      }
    }
    const start = new Int32Array(R + 1);
    const column = new Int32Array(edgesTotal);
    const cost = new Float64Array(edgesTotal);
    for (let r = 0, e = 0; r < R; r++) {
      const list = lists[freeMentees[r] as number] as { mentors: number[]; scores: number[] };
      for (let c = 0; c < list.mentors.length; c++) {
        const j = list.mentors[c] as number;
        for (let k = slotStart[j] as number; k < (slotStart[j + 1] as number); k++) {
          column[e] = k;
          cost[e++] = -(list.scores[c] as number);
        }
      }
      start[r + 1] = e;
    }
    const range = high - low;
    const dummyCost = -high + Math.min(R, places) * range + 1;
    // Warm start: the previous optimum stays optimal on the edges it had, so only the mentees whose new
    // edges beat their current utility are re-augmented. While mentees are left unmatched the duals
    // carry the lexicographic weight (prices near `dummyCost` in whole contested groups); once a warm
    // solve has matched them all, those prices are no longer needed but a warm start would keep them,
    // and they would make full pricing ask every mentee of those groups for its best mentors far away.
    // So that round's prices are lowered to the smallest that certify its optimum (one Dijkstra pass,
    // `lowestPrices`; it replaced a second solve from scratch, 15 s on the popular 100,000 pool).
    let warm: { col4row: Int32Array; v: Float64Array } | undefined;
    if (previous !== null && problem.warmStart !== false && previous.dummyCost === dummyCost) {
      const v = new Float64Array(K);
      const slotOf = new Int32Array(previous.v.length);
      for (let j = 0; j < m; j++) {
        const from = previous.slotStart[j] as number;
        const to = slotStart[j] as number;
        for (let k = from; k < (previous.slotStart[j + 1] as number); k++) {
          slotOf[k] = to + (k - from);
          v[to + (k - from)] = previous.v[k] as number;
        }
      }
      const assigned = new Int32Array(R);
      for (let r = 0; r < R; r++) {
        const k = col4row[r] as number;
        assigned[r] = k < 0 ? -1 : (slotOf[k] as number);
      }
      warm = { col4row: assigned, v };
    }
    const input = { rows: R, columns: K, start, column, cost, dummyCost };
    let solution = minimizeSparseAssignment(warm ? { ...input, warm } : input);
    let unmatched = 0;
    for (let r = 0; r < R; r++) if ((solution.col4row[r] as number) < 0) unmatched++;
    if (warm && unmatched === 0 && (previous?.unmatched ?? 0) > 0) solution = lowestPrices(input, solution);
    col4row = solution.col4row;
    previous = { slotStart: slotStart.slice(), v: solution.v, dummyCost, unmatched };
    lastPrices.set(prices);
    for (let j = 0; j < m; j++) {
      const first = slotStart[j] as number;
      const last = slotStart[j + 1] as number;
      if ((cap[j] as number) === 0) prices[j] = Number.POSITIVE_INFINITY;
      else if (last === first) prices[j] = 0;
      else {
        let best = Number.NEGATIVE_INFINITY;
        for (let k = first; k < last; k++) best = Math.max(best, solution.v[k] as number);
        prices[j] = -best;
      }
    }
    // Pricing: every mentee is offered its best mentors at these prices. While mentees are left
    // unmatched, only they are priced first (partial pricing): their edges repair the cardinality, and
    // the other mentees' utilities still carry the lexicographic weight (prices near `dummyCost` in
    // contested groups), which would make every one of them ask for candidates far from its own best.
    // Convergence and the gap bound always come from a full pass over all mentees.
    // A mentee's best score - price can only have risen through mentors whose price fell: by at most
    // the largest fall, and to at most (highest score) - (lowest new price among those mentors), as
    // scores are at most `high` (1, or more if a list said so). Its bound follows; a mentee priced in
    // an earlier round whose utility is still at least its bound has no mentor to gain and is skipped,
    // which keeps convergence and the gap bound exact.
    let fall = 0;
    let lowestFallen = Number.POSITIVE_INFINITY;
    for (let j = 0; j < m; j++) {
      const drop = (lastPrices[j] as number) - (prices[j] as number);
      if (drop > 0) {
        fall = Math.max(fall, drop);
        lowestFallen = Math.min(lowestFallen, prices[j] as number);
      }
    }
    if (fall > 0) {
      const ceiling = high - lowestFallen;
      for (let r = 0; r < R; r++) {
        const b = bound[r] as number;
        if (bounded[r] === 1) bound[r] = Math.max(b, Math.min(b + fall, ceiling));
      }
    }
    problem.onPrices?.(prices);
    const tolerance = 1e-12 * Math.max(1, Math.abs(dummyCost));
    const price = (r: number): { added: number; gap: number } => {
      const i = freeMentees[r] as number;
      const utility = -(solution.u[r] as number);
      if (useBounds && bounded[r] === 1 && (bound[r] as number) <= utility + tolerance) {
        return { added: 0, gap: Math.max(0, (bound[r] as number) - utility) };
      }
      pricingCalls++;
      const offered = findCandidates(i, prices, perRound, utility);
      const list = lists[i] as { mentors: number[]; scores: number[] };
      for (const j of list.mentors) mark[j] = i;
      let best = Number.NEGATIVE_INFINITY;
      let fresh = 0;
      for (let c = 0; c < offered.mentors.length; c++) {
        const j = offered.mentors[c] as number;
        const s = offered.scores[c] as number;
        if (!Number.isInteger(j) || j < 0 || j >= m || !Number.isFinite(s)) continue;
        const reduced = s - (prices[j] as number);
        if (reduced > best) best = reduced;
        if (reduced > utility + tolerance && mark[j] !== i) {
          mark[j] = i;
          list.mentors.push(j);
          list.scores.push(s);
          if (s < low) low = s;
          if (s > high) high = s;
          fresh++;
        }
      }
      // The generator leaves out only mentors at or below the floor (the utility).
      bound[r] = Math.max(best, utility);
      bounded[r] = 1;
      return { added: fresh, gap: best > utility ? best - utility : 0 };
    };
    let added = 0;
    let unmatchedGap = 0;
    const partial = rounds < maxRounds;
    if (partial) {
      for (let r = 0; r < R; r++) {
        if ((col4row[r] as number) >= 0) continue;
        const priced = price(r);
        added += priced.added;
        unmatchedGap += priced.gap;
      }
    }
    if (added > 0) {
      gap = Number.POSITIVE_INFINITY; // not priced in full this round; another round follows
      continue;
    }
    gap = unmatchedGap;
    for (let r = 0; r < R; r++) {
      if (partial && (col4row[r] as number) < 0) continue;
      const priced = price(r);
      added += priced.added;
      gap += priced.gap;
    }
    if (added === 0) {
      converged = true;
      break;
    }
  }
  if (R === 0) converged = true;

  const assignment = Int32Array.from(lockedMentor);
  const slotMentor = new Int32Array(slotStart[m] as number);
  for (let j = 0; j < m; j++)
    for (let k = slotStart[j] as number; k < (slotStart[j + 1] as number); k++) slotMentor[k] = j;
  for (let r = 0; r < R; r++) {
    const k = col4row[r] as number;
    if (k >= 0) assignment[freeMentees[r] as number] = slotMentor[k] as number;
  }
  let matched = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = assignment[i] as number;
    if (j < 0) continue;
    matched++;
    total += scoreOf(i, j) ?? 0;
  }
  return {
    ok: true,
    assignment,
    matched,
    total,
    rounds,
    converged,
    optimalityGap: gap,
    candidateEdges: edgesTotal,
    pricingCalls,
  };
}
