import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from './solve-assignment.js';

type Grid = (number | null)[][];

/** Best (matched, total) by enumerating every assignment; the lexicographic order of the issue. */
function bruteForce(scores: Grid, capacities: number[], locked: [number, number][]) {
  const n = scores.length;
  const m = capacities.length;
  const fixed = new Array<number>(n).fill(-2);
  const left = capacities.slice();
  for (const [i, j] of locked) {
    fixed[i] = j;
    left[j] = (left[j] as number) - 1;
  }
  let bestMatched = -1;
  let bestTotal = Number.NEGATIVE_INFINITY;
  const visit = (i: number, matched: number, total: number) => {
    if (i === n) {
      if (matched > bestMatched || (matched === bestMatched && total > bestTotal)) {
        bestMatched = matched;
        bestTotal = total;
      }
      return;
    }
    const row = scores[i] as (number | null)[];
    const f = fixed[i] as number;
    if (f >= 0) return visit(i + 1, matched + 1, total + (row[f] as number));
    visit(i + 1, matched, total);
    for (let j = 0; j < m; j++) {
      const s = row[j];
      if (s === null || s === undefined || (left[j] as number) <= 0) continue;
      left[j] = (left[j] as number) - 1;
      visit(i + 1, matched + 1, total + s);
      left[j] = (left[j] as number) + 1;
    }
  };
  visit(0, 0, 0);
  return { matched: bestMatched, total: bestTotal };
}

const scoreValue = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5), // ties
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 0.3, 1 / 3),
);

/** Random pools up to 6 mentees x 5 mentors, capacities 0-3, impossible pairs and locks. */
const instance = fc
  .record({ n: fc.integer({ min: 0, max: 6 }), m: fc.integer({ min: 0, max: 5 }) })
  .chain(({ n, m }) =>
    fc.record({
      scores: fc.array(
        fc.array(fc.option(scoreValue, { freq: 4, nil: null }), { minLength: m, maxLength: m }),
        { minLength: n, maxLength: n },
      ),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
      lockWish: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    }),
  )
  .map(({ scores, capacities, lockWish }) => {
    // Keep only locks that are valid, so that the brute force has something to compare against.
    const left = capacities.slice();
    const locked: [number, number][] = [];
    const used = new Set<number>();
    for (const [a, b] of lockWish) {
      if (scores.length === 0 || capacities.length === 0) break;
      const i = a % scores.length;
      const j = b % capacities.length;
      if (used.has(i) || (scores[i] as (number | null)[])[j] === null || (left[j] as number) <= 0) continue;
      used.add(i);
      left[j] = (left[j] as number) - 1;
      locked.push([i, j]);
    }
    return { scores: scores as Grid, capacities, locked };
  });

describe.each(['pruned', 'dense'] as const)('solveAssignment with the %s engine', (engine) => {
  it('matches as many mentees as brute force and then reaches its total', () => {
    fc.assert(
      fc.property(instance, ({ scores, capacities, locked }) => {
        const result = solveAssignment({ scores, capacities, locked }, { engine });
        if (!result.ok) throw new Error(result.error.message);
        const best = bruteForce(scores, capacities, locked);
        expect(result.matched).toBe(best.matched);
        expect(Math.abs(result.total - best.total)).toBeLessThanOrEqual(1e-9);
        // Feasible: allowed pairs only, capacities respected, locks honoured, totals consistent.
        const load = new Array<number>(capacities.length).fill(0);
        let matched = 0;
        result.assignment.forEach((j, i) => {
          if (j < 0) return;
          matched++;
          expect((scores[i] as (number | null)[])[j]).not.toBeNull();
          load[j] = (load[j] as number) + 1;
        });
        load.forEach((l, j) => {
          expect(l).toBeLessThanOrEqual(capacities[j] as number);
        });
        for (const [i, j] of locked) expect(result.assignment[i]).toBe(j);
        expect(matched).toBe(result.matched);
        // Deterministic: the same input gives the same assignment.
        const again = solveAssignment({ scores, capacities, locked }, { engine });
        expect(again.ok && Array.from(again.assignment)).toEqual(Array.from(result.assignment));
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts a Float64Array with NaN for impossible pairs and prefers more matches to a higher total', () => {
    // Mentee 0 alone would score 1 with mentor 0, but then mentee 1 (who can only take mentor 0) is left out.
    const values = Float64Array.from([1, 0.1, 0.2, Number.NaN]);
    const result = solveAssignment(
      { scores: { mentees: 2, mentors: 2, values }, capacities: [1, 1] },
      { engine },
    );
    expect(result.ok && Array.from(result.assignment)).toEqual([1, 0]);
    expect(result.ok && result.matched).toBe(2);
  });

  it('solves larger rectangular pools like a brute-force-free cross-check: transposing does not change the optimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        (n, m, cap, seed) => {
          let state = seed >>> 0;
          const next = () => {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            return state / 2 ** 32;
          };
          const scores: Grid = Array.from({ length: n }, () =>
            Array.from({ length: m }, () => (next() < 0.2 ? null : Math.round(next() * 8) / 8)),
          );
          const direct = solveAssignment({ scores, capacities: new Array(m).fill(cap) }, { engine });
          // Same pool with every mentor split into `cap` mentors of capacity 1.
          const split = scores.map((row) => row.flatMap((s) => new Array<number | null>(cap).fill(s)));
          const unit = solveAssignment(
            { scores: split, capacities: new Array(m * cap).fill(1) },
            { engine: engine === 'dense' ? 'pruned' : 'dense' },
          );
          if (!direct.ok || !unit.ok) throw new Error('unexpected error');
          expect(direct.matched).toBe(unit.matched);
          expect(Math.abs(direct.total - unit.total)).toBeLessThanOrEqual(1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns coded errors for impossible, conflicting and over-capacity locks', () => {
    const scores: Grid = [
      [0.5, null],
      [0.4, 0.3],
    ];
    const code = (locked: [number, number][], capacities = [1, 1]) => {
      const result = solveAssignment({ scores, capacities, locked });
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code([[0, 1]])).toBe('matching.lock_impossible');
    expect(
      code([
        [0, 0],
        [1, 0],
      ]),
    ).toBe('matching.lock_over_capacity');
    expect(
      code([
        [1, 0],
        [1, 1],
      ]),
    ).toBe('matching.lock_conflict');
    expect(code([[2, 0]])).toBe('matching.invalid_problem');
    expect(code([], [1])).toBe('matching.invalid_problem');
    expect(code([], [1, -1])).toBe('matching.invalid_problem');
    expect(code([[1, 0]])).toBe('ok');
  });
});
