import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkThreshold,
  type SuppressedReport,
  type SuppressionInput,
  shareOf,
  statisticOf,
  suppressReport,
} from './suppression.js';

describe('the small-count threshold', () => {
  it.each([
    [4, false],
    [5, true],
    [7, true],
    [5.5, false],
    [101, false],
  ])('%s is %s', (value, allowed) => {
    expect(checkThreshold(value).ok).toBe(allowed);
  });

  it('refuses a report asked with a threshold below 5', () => {
    expect(() => suppressReport({ totals: [3], tables: [{ rows: [[3]] }], threshold: 4 })).toThrow(
      /from 5 to 100/,
    );
  });
});

describe('primary and complementary suppression', () => {
  it('shows zero and counts from 5, hides 1 to 4', () => {
    const report = suppressReport({
      totals: [0, 24],
      tables: [
        {
          rows: [
            [0, 12],
            [0, 12],
          ],
        },
      ],
      threshold: 5,
    });
    expect(report.tables[0]?.rows).toEqual([
      [0, 12],
      [0, 12],
    ]);
    expect(report.totals).toEqual([0, 24]);
  });

  it('hides the smallest other count of the column when one small count stands alone', () => {
    const report = suppressReport({ totals: [30], tables: [{ rows: [[3], [12], [15]] }], threshold: 5 });
    expect(report.tables[0]?.states).toEqual([['small'], ['complementary'], ['shown']]);
    expect(report.tables[0]?.rows).toEqual([[null], [null], [15]]);
    expect(report.totals).toEqual([30]);
  });

  it('keeps two small counts of one column hidden without more when neither can be worked out', () => {
    const report = suppressReport({ totals: [25], tables: [{ rows: [[2], [3], [20]] }], threshold: 5 });
    // 2 + 3 = 5 is known; each could be 1 to 4.
    expect(report.tables[0]?.states).toEqual([['small'], ['small'], ['shown']]);
  });

  it('hides more when two small counts add up to a sum only one split gives (1 + 1)', () => {
    const report = suppressReport({ totals: [22], tables: [{ rows: [[1], [1], [20]] }], threshold: 5 });
    expect(report.tables[0]?.states).toEqual([['small'], ['small'], ['complementary']]);
  });

  it('hides a small total, and a zero when the ones would otherwise add up to it', () => {
    const report = suppressReport({
      totals: [4],
      tables: [{ rows: [[1], [1], [1], [1], [0]] }],
      threshold: 5,
    });
    expect(report.totalStates).toEqual(['small']);
    expect(report.tables[0]?.states.flat()).toEqual(['small', 'small', 'small', 'small', 'complementary']);
  });

  it('uses the nesting: a hidden eligible count cannot be read off from the applied and matched counts', () => {
    // Per row: applied, eligible, matched; eligible <= applied, matched <= eligible.
    const input: SuppressionInput = {
      totals: [20, 13, 10],
      tables: [
        {
          rows: [
            [10, 3, 0],
            [10, 10, 10],
          ],
        },
      ],
      nested: [
        [1, 0],
        [2, 1],
      ],
      threshold: 5,
    };
    const report = suppressReport(input);
    expect(report.tables[0]?.states[0]?.[1]).toBe('small');
    expect(protectedAgainstSearch(input, report)).toEqual([]);
  });

  it('applies the same rule to the tables shown together (one total for both)', () => {
    const input: SuppressionInput = {
      totals: [14],
      tables: [{ rows: [[2], [12]] }, { rows: [[7], [7]] }],
      threshold: 5,
    };
    const report = suppressReport(input);
    expect(report.tables[0]?.states).toEqual([['small'], ['complementary']]);
    expect(report.totals).toEqual([14]);
    expect(report.tables[1]?.rows).toEqual([[7], [7]]);
  });
});

describe('shares and statistics of small groups', () => {
  it('hides a share whose numerator or denominator is hidden or counts fewer than the threshold', () => {
    expect(shareOf(3, 10, 5)).toBe(0.3);
    expect(shareOf(null, 10, 5)).toBeNull();
    expect(shareOf(3, null, 5)).toBeNull();
    expect(shareOf(3, 4, 5)).toBeNull();
    expect(shareOf(0, 0, 5)).toBeNull();
  });

  it('hides a mean or a median over fewer people than the threshold', () => {
    expect(statisticOf(41.5, 4, 5)).toBeNull();
    expect(statisticOf(41.5, 5, 5)).toBe(41.5);
  });
});

/**
 * An independent reader: knows every shown count, that a "small" cell is 1 to threshold - 1, that a
 * hidden one is at least 0, the sums and the nestings; tries, by a plain backtracking search over
 * whole numbers up to `cap`, to give each small cell a value other than its true one. Returns the
 * cells it could pin (an empty list means the report is protected).
 */
/** The search gave up: the population's hidden cells allow too many combinations to try them all. */
class SearchTooLarge extends Error {}

/**
 * The independent reader: for each hidden small count, a backtracking search for another value that
 * fits everything shown. It tries at most `budget` assignments and then throws SearchTooLarge, so one
 * random population whose search would run for minutes is left out (fc.pre) instead of stalling the run.
 */
function protectedAgainstSearch(
  input: SuppressionInput,
  report: SuppressedReport,
  cap = 15,
  budget = 2_000_000,
): string[] {
  let tried = 0;
  interface Cell {
    name: string;
    value: number;
    state: string;
  }
  const cells: Cell[] = [];
  const ids: number[][][] = report.tables.map((table, t) =>
    table.states.map((row, r) =>
      row.map(
        (state, m) =>
          cells.push({ name: `t${t}r${r}m${m}`, value: input.tables[t]?.rows[r]?.[m] as number, state }) - 1,
      ),
    ),
  );
  const totalIds = report.totalStates.map(
    (state, m) => cells.push({ name: `total m${m}`, value: input.totals[m] as number, state }) - 1,
  );
  const sums: Array<{ parts: number[]; total: number }> = [];
  for (const table of ids)
    for (const [m, total] of totalIds.entries())
      sums.push({ parts: table.map((row) => row[m] as number), total });
  const nests: Array<[number, number]> = [];
  for (const [inner, outer] of input.nested ?? []) {
    for (const table of ids)
      for (const row of table) nests.push([row[inner] as number, row[outer] as number]);
    nests.push([totalIds[inner] as number, totalIds[outer] as number]);
  }
  const hidden = cells.map((_, id) => id).filter((id) => cells[id]?.state !== 'shown');
  const domain = (id: number): number[] => {
    const cell = cells[id] as Cell;
    if (cell.state === 'shown') return [cell.value];
    if (cell.state === 'small') return Array.from({ length: input.threshold - 1 }, (_, i) => i + 1);
    return Array.from({ length: cap + 1 }, (_, i) => i);
  };
  const consistent = (assigned: Map<number, number>): boolean => {
    const valueAt = (id: number) => (cells[id]?.state === 'shown' ? cells[id]?.value : assigned.get(id));
    for (const { parts, total } of sums) {
      const t = valueAt(total);
      let sum = 0;
      let open = false;
      for (const p of parts) {
        const v = valueAt(p);
        if (v === undefined) open = true;
        else sum += v;
      }
      if (t !== undefined && sum > t) return false;
      if (!open && t !== undefined && sum !== t) return false;
    }
    for (const [a, b] of nests) {
      const x = valueAt(a);
      const y = valueAt(b);
      if (x !== undefined && y !== undefined && x > y) return false;
    }
    return true;
  };
  const solvable = (fixed: number, value: number): boolean => {
    const assigned = new Map<number, number>([[fixed, value]]);
    if (!consistent(assigned)) return false;
    const order = hidden.filter((id) => id !== fixed);
    const step = (k: number): boolean => {
      if (k === order.length) return true;
      const id = order[k] as number;
      for (const v of domain(id)) {
        tried += 1;
        if (tried > budget) throw new SearchTooLarge();
        assigned.set(id, v);
        if (consistent(assigned) && step(k + 1)) return true;
      }
      assigned.delete(id);
      return false;
    };
    return step(0);
  };
  const pinned: string[] = [];
  for (const id of hidden) {
    const cell = cells[id] as Cell;
    if (cell.state !== 'small') continue;
    if (!domain(id).some((v) => v !== cell.value && solvable(id, v))) pinned.push(cell.name);
  }
  return pinned;
}

describe('no small count can be worked out (property, against an independent search)', () => {
  /** A population of up to 14 people: region, gender and how far they came (applied, eligible, matched). */
  const population = fc.array(
    fc.record({
      region: fc.integer({ min: 0, max: 2 }),
      gender: fc.integer({ min: 0, max: 1 }),
      stage: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 14 },
  );

  function reportOf(
    people: Array<{ region: number; gender: number; stage: number }>,
    nested: boolean,
  ): SuppressionInput {
    const count = (filter: (p: { region: number; gender: number }) => boolean) =>
      [0, 1, 2].map((stage) => people.filter((p) => filter(p) && p.stage >= stage).length);
    return {
      totals: count(() => true),
      tables: [
        { rows: [0, 1, 2].map((region) => count((p) => p.region === region)) },
        { rows: [0, 1].map((gender) => count((p) => p.gender === gender)) },
      ],
      ...(nested
        ? {
            nested: [
              [1, 0],
              [2, 1],
            ] as Array<[number, number]>,
          }
        : {}),
      threshold: 5,
    };
  }

  it('holds for two tables of three nested measures over random populations', () => {
    fc.assert(
      fc.property(population, fc.boolean(), (people, nested) => {
        const input = reportOf(people, nested);
        const report = suppressReport(input);
        // Every count from 1 to 4 is hidden; every shown count is the true one.
        for (const [t, table] of report.tables.entries())
          for (const [r, row] of table.rows.entries())
            for (const [m, shown] of row.entries()) {
              const truth = input.tables[t]?.rows[r]?.[m] as number;
              if (truth >= 1 && truth < 5) expect(shown).toBeNull();
              if (shown !== null) expect(shown).toBe(truth);
            }
        let pinned: string[];
        try {
          pinned = protectedAgainstSearch(input, report);
        } catch (error) {
          if (!(error instanceof SearchTooLarge)) throw error;
          fc.pre(false);
          return;
        }
        expect(pinned).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
