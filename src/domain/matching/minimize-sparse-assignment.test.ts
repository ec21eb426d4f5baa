import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lowestPrices,
  minimizeSparseAssignment,
  type SparseAssignmentInput,
} from './minimize-sparse-assignment.js';

/** Seeded random numbers in [0, 1). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

type Edge = { row: number; col: number; cost: number };

function toInput(rows: number, columns: number, edges: Edge[], dummyCost: number): SparseAssignmentInput {
  const sorted = edges.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  const start = new Int32Array(rows + 1);
  const column = new Int32Array(sorted.length);
  const cost = new Float64Array(sorted.length);
  sorted.forEach((edge, e) => {
    column[e] = edge.col;
    cost[e] = edge.cost;
    start[edge.row + 1] = e + 1;
  });
  for (let r = 0; r < rows; r++) start[r + 1] = Math.max(start[r + 1] as number, start[r] as number);
  return { rows, columns, start, column, cost, dummyCost };
}

function objective(input: SparseAssignmentInput, col4row: Int32Array) {
  let total = 0;
  let matched = 0;
  for (let r = 0; r < input.rows; r++) {
    const k = col4row[r] as number;
    if (k < 0) {
      total += input.dummyCost;
      continue;
    }
    matched++;
    let found = Number.NaN;
    for (let e = input.start[r] as number; e < (input.start[r + 1] as number); e++) {
      if (input.column[e] === k) found = input.cost[e] as number;
    }
    total += found;
  }
  return { total, matched };
}

/** The optimality certificate the callers rely on: feasible duals, tight chosen edges, v = 0 on unused columns. */
function expectCertificate(
  input: SparseAssignmentInput,
  solution: ReturnType<typeof minimizeSparseAssignment>,
) {
  const { col4row, u, v } = solution;
  const used = new Int32Array(input.columns);
  for (let r = 0; r < input.rows; r++) {
    const k = col4row[r] as number;
    expect(u[r] as number).toBeLessThanOrEqual(input.dummyCost + 1e-9);
    if (k < 0) expect(Math.abs((u[r] as number) - input.dummyCost)).toBeLessThanOrEqual(1e-9);
    else used[k] = (used[k] as number) + 1;
    for (let e = input.start[r] as number; e < (input.start[r + 1] as number); e++) {
      const c = input.column[e] as number;
      const reduced = (input.cost[e] as number) - (u[r] as number) - (v[c] as number);
      expect(reduced).toBeGreaterThanOrEqual(-1e-9);
      if (c === k) expect(Math.abs(reduced)).toBeLessThanOrEqual(1e-9);
    }
  }
  for (let c = 0; c < input.columns; c++) {
    expect(used[c] as number).toBeLessThanOrEqual(1);
    expect(v[c] as number).toBeLessThanOrEqual(1e-12);
    if (used[c] === 0) expect(Math.abs(v[c] as number)).toBeLessThanOrEqual(1e-12);
  }
}

describe('minimizeSparseAssignment', () => {
  it('from a warm start reaches the same optimum as from scratch while the graph grows', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(0.2, 0.5, 0.9),
        fc.constantFrom(0, 3),
        fc.integer({ min: 1, max: 4 }),
        (seed, rows, columns, density, levels, stages) => {
          const next = random(seed);
          // Each pair gets the stage from which it exists (0 .. stages) or none; columns too.
          const columnStage = Array.from({ length: columns }, () => Math.floor(next() * (stages + 1)));
          const edges: (Edge & { stage: number })[] = [];
          for (let row = 0; row < rows; row++) {
            for (let col = 0; col < columns; col++) {
              if (next() >= density) continue;
              const x = next();
              const score = levels > 0 ? Math.floor(x * levels) / levels : x;
              const stage = Math.max(columnStage[col] as number, Math.floor(next() * (stages + 1)));
              edges.push({ row, col, cost: -score, stage });
            }
          }
          const dummyCost = -1 + Math.min(rows, columns) * 1 + 1;
          let previous: { col4row: Int32Array; v: Float64Array; columns: number[] } | null = null;
          for (let stage = 0; stage <= stages; stage++) {
            // Columns present at this stage, in index order; new columns land between old ones.
            const present: number[] = [];
            for (let c = 0; c < columns; c++) if ((columnStage[c] as number) <= stage) present.push(c);
            const index = new Map(present.map((c, k) => [c, k]));
            const input = toInput(
              rows,
              present.length,
              edges
                .filter((edge) => edge.stage <= stage)
                .map((edge) => ({ ...edge, col: index.get(edge.col) as number })),
              dummyCost,
            );
            const cold = minimizeSparseAssignment(input);
            expectCertificate(input, cold);
            if (previous !== null) {
              const v = new Float64Array(present.length);
              const old = previous;
              old.columns.forEach((c, k) => {
                v[index.get(c) as number] = old.v[k] as number;
              });
              const col4row = Int32Array.from(old.col4row, (k) =>
                k < 0 ? -1 : (index.get(old.columns[k] as number) as number),
              );
              const warm = minimizeSparseAssignment({ ...input, warm: { col4row, v } });
              expectCertificate(input, warm);
              const a = objective(input, cold.col4row);
              const b = objective(input, warm.col4row);
              expect(b.matched).toBe(a.matched);
              expect(Math.abs(b.total - a.total)).toBeLessThanOrEqual(1e-9);
              previous = { col4row: warm.col4row, v: warm.v, columns: present };
            } else previous = { col4row: cold.col4row, v: cold.v, columns: present };
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lowestPrices keeps the assignment, certifies it and gives the smallest prices (checked by Bellman-Ford)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(0.2, 0.5, 0.9),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (seed, rows, mentors, density, levels, capacity, warmFirst) => {
          const next = random(seed);
          // Mentors with `capacity` identical slot columns (as solveSparseAssignment builds them);
          // `levels` > 0 gives ties. Half the pairs appear only in a second stage (warm start).
          const columns = mentors * capacity;
          const edges: (Edge & { late: boolean })[] = [];
          for (let row = 0; row < rows; row++) {
            for (let mentor = 0; mentor < mentors; mentor++) {
              if (next() >= density) continue;
              const x = next();
              const score = levels > 0 ? Math.floor(x * levels) / levels : x;
              const late = next() < 0.5;
              for (let k = 0; k < capacity; k++)
                edges.push({ row, col: mentor * capacity + k, cost: -score, late });
            }
          }
          // A dummy cost like solveSparseAssignment's (lexicographic: a match is worth more than
          // any score difference), so rows left unmatched push their columns' prices up.
          const dummyCost = -1 + Math.min(rows, columns) + 1;
          const full = toInput(rows, columns, edges, dummyCost);
          let solution = minimizeSparseAssignment(full);
          if (warmFirst) {
            const early = toInput(
              rows,
              columns,
              edges.filter((edge) => !edge.late),
              dummyCost,
            );
            const first = minimizeSparseAssignment(early);
            solution = minimizeSparseAssignment({ ...full, warm: { col4row: first.col4row, v: first.v } });
          }
          const lowest = lowestPrices(full, solution);
          expect(Array.from(lowest.col4row)).toEqual(Array.from(solution.col4row));
          expectCertificate(full, lowest);
          // The smallest prices for this assignment, by Bellman-Ford on the difference constraints:
          // price[k'] >= price[col(i)] + cost(i, col(i)) - cost(i, k') for a matched row i,
          // price[k'] >= dummyCost - cost(i, k') for an unmatched one, price >= 0.
          const price = new Float64Array(columns);
          for (let pass = 0, changed = true; changed; pass++) {
            expect(pass).toBeLessThanOrEqual(columns + 1);
            changed = false;
            for (let r = 0; r < rows; r++) {
              const k = lowest.col4row[r] as number;
              let mine = dummyCost;
              for (let e = full.start[r] as number; e < (full.start[r + 1] as number); e++) {
                if (full.column[e] === k) mine = full.cost[e] as number;
              }
              const base = k < 0 ? 0 : (price[k] as number);
              for (let e = full.start[r] as number; e < (full.start[r + 1] as number); e++) {
                const c = full.column[e] as number;
                const wanted = base + mine - (full.cost[e] as number);
                if (wanted > (price[c] as number) + 1e-12) {
                  price[c] = wanted;
                  changed = true;
                }
              }
            }
          }
          for (let c = 0; c < columns; c++) {
            expect(Math.abs(-(lowest.v[c] as number) - (price[c] as number))).toBeLessThanOrEqual(1e-9);
            expect(-(lowest.v[c] as number)).toBeLessThanOrEqual(-(solution.v[c] as number) + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
