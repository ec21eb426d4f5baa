import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from './solve-assignment.js';
import { type FindCandidates, solveSparseAssignment } from './solve-sparse.js';

/** A pool from a seed: optional "popular" mentors that every mentee scores high, impossible pairs, ties. */
function makePool(seed: number, n: number, m: number, popular: number, impossible: number, levels: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
  const values = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const noise = levels > 0 ? Math.floor(next() * levels) / levels : next();
      values[i * m + j] = next() < impossible ? Number.NaN : j < popular ? 0.7 + 0.3 * noise : 0.6 * noise;
    }
  }
  return values;
}

/** The exact generator over a dense matrix: best `count` mentors by score - price, by a full scan. */
function denseGenerator(values: Float64Array, m: number): FindCandidates {
  return (i, prices, count, floor) => {
    const order: number[] = [];
    for (let j = 0; j < m; j++) {
      const s = values[i * m + j] as number;
      if (!Number.isNaN(s) && s - (prices[j] as number) > floor) order.push(j);
    }
    const key = (j: number) => (values[i * m + j] as number) - (prices[j] as number);
    order.sort((a, b) => key(b) - key(a) || a - b);
    const mentors = order.slice(0, count);
    return { mentors, scores: mentors.map((j) => values[i * m + j] as number) };
  };
}

describe('solveSparseAssignment', () => {
  it('reaches the dense optimum (matches and total) on random pools, popular mentors included', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 2, 5),
        fc.constantFrom(0, 0.3),
        fc.constantFrom(0, 4),
        (seed, n, m, cap, popular, impossible, levels) => {
          const values = makePool(seed, n, m, Math.min(popular, m), impossible, levels);
          const capacities = new Array<number>(m).fill(cap);
          const dense = solveAssignment({ scores: { mentees: n, mentors: m, values }, capacities });
          const sparse = solveSparseAssignment({
            mentees: n,
            mentors: m,
            capacities,
            findCandidates: denseGenerator(values, m),
            initialCandidates: 3,
            candidatesPerRound: 3,
            maxRounds: 200,
          });
          if (!dense.ok || !sparse.ok) throw new Error('unexpected error');
          expect(sparse.converged).toBe(true);
          expect(sparse.matched).toBe(dense.matched);
          expect(Math.abs(sparse.total - dense.total)).toBeLessThanOrEqual(1e-9);
          expect(sparse.optimalityGap).toBeLessThanOrEqual(1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same optimum with and without the warm start (capacities, impossible pairs, locks, ties)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 3),
        fc.constantFrom(0, 0.3),
        fc.constantFrom(0, 4),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        (seed, n, m, cap, popular, impossible, levels, lockWish) => {
          const values = makePool(seed, n, m, Math.min(popular, m), impossible, levels);
          const capacities = new Array<number>(m).fill(cap);
          const left = capacities.slice();
          const locked: [number, number][] = [];
          for (const [a, b] of lockWish) {
            const i = a % n;
            const j = b % m;
            if (locked.some(([x]) => x === i) || Number.isNaN(values[i * m + j] as number)) continue;
            if ((left[j] as number) <= 0) continue;
            left[j] = (left[j] as number) - 1;
            locked.push([i, j]);
          }
          const dense = solveAssignment({ scores: { mentees: n, mentors: m, values }, capacities, locked });
          const scorePair = (i: number, j: number) => {
            const s = values[i * m + j] as number;
            return Number.isNaN(s) ? null : s;
          };
          const solve = (warmStart: boolean) =>
            solveSparseAssignment({
              mentees: n,
              mentors: m,
              capacities,
              locked,
              scorePair,
              findCandidates: denseGenerator(values, m),
              initialCandidates: 2,
              candidatesPerRound: 2,
              maxRounds: 300,
              warmStart,
            });
          const warm = solve(true);
          const cold = solve(false);
          if (!dense.ok || !warm.ok || !cold.ok) throw new Error('unexpected error');
          for (const sparse of [warm, cold]) {
            expect(sparse.converged).toBe(true);
            expect(sparse.matched).toBe(dense.matched);
            expect(Math.abs(sparse.total - dense.total)).toBeLessThanOrEqual(1e-9);
            expect(sparse.optimalityGap).toBeLessThanOrEqual(1e-9);
            for (const [i, j] of locked) expect(sparse.assignment[i]).toBe(j);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same optimum with and without the pricing bounds that skip mentees (capacities, impossible pairs, locks, ties)', () => {
    let callsWith = 0;
    let callsWithout = 0;
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 3),
        fc.constantFrom(0, 0.3),
        fc.constantFrom(0, 2, 4),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        (seed, n, m, cap, popular, impossible, levels, lockWish) => {
          const values = makePool(seed, n, m, Math.min(popular, m), impossible, levels);
          const capacities = new Array<number>(m).fill(cap);
          const left = capacities.slice();
          const locked: [number, number][] = [];
          for (const [a, b] of lockWish) {
            const i = a % n;
            const j = b % m;
            if (locked.some(([x]) => x === i) || Number.isNaN(values[i * m + j] as number)) continue;
            if ((left[j] as number) <= 0) continue;
            left[j] = (left[j] as number) - 1;
            locked.push([i, j]);
          }
          const dense = solveAssignment({ scores: { mentees: n, mentors: m, values }, capacities, locked });
          const scorePair = (i: number, j: number) => {
            const s = values[i * m + j] as number;
            return Number.isNaN(s) ? null : s;
          };
          const solve = (pricingBounds: boolean) =>
            solveSparseAssignment({
              mentees: n,
              mentors: m,
              capacities,
              locked,
              scorePair,
              findCandidates: denseGenerator(values, m),
              initialCandidates: 2,
              candidatesPerRound: 2,
              maxRounds: 300,
              pricingBounds,
            });
          const bounded = solve(true);
          const every = solve(false);
          if (!dense.ok || !bounded.ok || !every.ok) throw new Error('unexpected error');
          callsWith += bounded.pricingCalls;
          callsWithout += every.pricingCalls;
          for (const sparse of [bounded, every]) {
            expect(sparse.converged).toBe(true);
            expect(sparse.matched).toBe(dense.matched);
            expect(Math.abs(sparse.total - dense.total)).toBeLessThanOrEqual(1e-9);
            expect(sparse.optimalityGap).toBeLessThanOrEqual(1e-9);
            for (const [i, j] of locked) expect(sparse.assignment[i]).toBe(j);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The skipping path ran (over all cases, not a speed assertion): fewer generator calls.
    expect(callsWith).toBeLessThan(callsWithout);
  });

  it('keeps the full cardinality where top lists alone fail, and its gap bound holds after one round', () => {
    const n = 400;
    const m = 400;
    const values = makePool(7, n, m, 10, 0, 0);
    const capacities = new Array<number>(m).fill(1);
    const dense = solveAssignment({ scores: { mentees: n, mentors: m, values }, capacities });
    const generator = denseGenerator(values, m);
    const oneRound = solveSparseAssignment({
      mentees: n,
      mentors: m,
      capacities,
      findCandidates: generator,
      initialCandidates: 8,
      maxRounds: 1,
    });
    const full = solveSparseAssignment({ mentees: n, mentors: m, capacities, findCandidates: generator });
    if (!dense.ok || !oneRound.ok || !full.ok) throw new Error('unexpected error');
    // Each mentee's top 8 are all popular mentors: at most 10 matches without pricing.
    expect(oneRound.matched).toBeLessThanOrEqual(10);
    expect(oneRound.optimalityGap).toBeGreaterThanOrEqual(dense.total - oneRound.total - 1e-9);
    expect(full.matched).toBe(n);
    expect(full.matched).toBe(dense.matched);
    expect(Math.abs(full.total - dense.total)).toBeLessThanOrEqual(1e-9);
  });

  it('honours locked pairs and refuses impossible ones', () => {
    const values = Float64Array.from([0.9, 0.1, Number.NaN, 0.8]);
    const findCandidates = denseGenerator(values, 2);
    const locked = solveSparseAssignment({
      mentees: 2,
      mentors: 2,
      capacities: [1, 1],
      findCandidates,
      locked: [[0, 1]],
    });
    expect(locked.ok && Array.from(locked.assignment)).toEqual([1, -1]);
    const impossible = solveSparseAssignment({
      mentees: 2,
      mentors: 2,
      capacities: [1, 1],
      findCandidates,
      locked: [[1, 0]],
    });
    expect(!impossible.ok && impossible.error.code).toBe('matching.lock_impossible');
  });
});
