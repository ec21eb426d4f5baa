/**
 * Small-count protection for aggregate reports (docs/reports.md, "Small counts"). A report is one or
 * more tables shown together: rows are groups (a region, a sector ...), columns are measures (applied,
 * matched ...), and every table's rows of a measure add up to the same total. Someone who reads the
 * report knows those sums, knows that a measure nested in another can never exceed it in the same row
 * (no more matched than eligible), and knows that a count shown as "< 5" lies between 1 and 4.
 *
 * The rule:
 * 1. Primary suppression: every count from 1 to threshold - 1 (totals included) is hidden and shown
 *    as "< threshold". Zero is shown.
 * 2. Complementary suppression: while some hidden small count could be worked out to a single value
 *    from what is shown (the sums, the nesting, the other cells' known ranges), one more cell that
 *    shares a sum or a nesting with it is hidden: the smallest non-zero count of its line first, then
 *    the line's total, then a zero. A complementary cell is shown as hidden, not as "< threshold".
 *
 * What can be worked out is bounded by propagating the sums and the nesting to a fixed point, then
 * confirmed by a complete search over the values the hidden cells could take (small tables only,
 * within a budget; the bounds alone decide beyond it).
 */

/** The lowest threshold the programme allows; a setting can raise it, never lower it. */
export const minimumThreshold = 5;

export function checkThreshold(
  setting: number,
): { ok: true; threshold: number } | { ok: false; problem: string } {
  if (!Number.isInteger(setting) || setting < minimumThreshold || setting > 100)
    return {
      ok: false,
      problem: `the small-count threshold must be a whole number from ${minimumThreshold} to 100`,
    };
  return { ok: true, threshold: setting };
}

export interface CountTable {
  /** [row][measure]: counts of the row's group; the groups partition the population (an "unknown" group included). */
  rows: ReadonlyArray<ReadonlyArray<number>>;
}

export interface SuppressionInput {
  /** Per measure: the total every table's rows add up to. */
  totals: readonly number[];
  tables: readonly CountTable[];
  /** [inner, outer] measure indexes: in every row and in the total, inner <= outer. */
  nested?: ReadonlyArray<readonly [number, number]>;
  threshold: number;
}

/** Why a cell is not shown: a small count, or hidden so that a small count cannot be worked out. */
export type CellState = 'shown' | 'small' | 'complementary';

export interface SuppressedReport {
  tables: Array<{ rows: Array<Array<number | null>>; states: CellState[][] }>;
  totals: Array<number | null>;
  totalStates: CellState[];
}

interface Layout {
  /** Cell ids per [table][row][measure]; totals get ids after the table cells. */
  cellId: number[][][];
  totalId: number[];
  values: number[];
  /** Each sum: the cells that add up to a total. */
  lines: Array<{ cells: number[]; total: number }>;
  /** Each nesting: inner <= outer. */
  nests: Array<[number, number]>;
  /** For each cell, the cells it shares a sum or a nesting with. */
  neighbours: number[][];
}

function layoutOf(input: SuppressionInput): Layout {
  const values: number[] = [];
  const cellId = input.tables.map((table) =>
    table.rows.map((row) => {
      if (row.length !== input.totals.length)
        throw new Error(`a row has ${row.length} measures, the totals ${input.totals.length}`);
      return row.map((value) => values.push(value) - 1);
    }),
  );
  const totalId = input.totals.map((value) => values.push(value) - 1);
  const lines: Layout['lines'] = [];
  for (const table of cellId)
    for (const [m, total] of totalId.entries()) {
      const cells = table.map((row) => row[m] as number);
      const sum = cells.reduce((s, id) => s + (values[id] as number), 0);
      if (sum !== values[total])
        throw new Error(`measure ${m}: the rows add up to ${sum}, the total is ${values[total]}`);
      lines.push({ cells, total });
    }
  const nests: Layout['nests'] = [];
  for (const [inner, outer] of input.nested ?? []) {
    for (const table of cellId)
      for (const row of table) nests.push([row[inner] as number, row[outer] as number]);
    nests.push([totalId[inner] as number, totalId[outer] as number]);
  }
  for (const [inner, outer] of nests)
    if ((values[inner] as number) > (values[outer] as number))
      throw new Error('a nested measure exceeds the measure it is part of');
  const neighbours: number[][] = values.map(() => []);
  const link = (a: number, b: number) => {
    if (a !== b) neighbours[a]?.push(b);
  };
  for (const line of lines) {
    const all = [...line.cells, line.total];
    for (const a of all) for (const b of all) link(a, b);
  }
  for (const [a, b] of nests) {
    link(a, b);
    link(b, a);
  }
  return { cellId, totalId, values, lines, nests, neighbours };
}

type Bounds = Array<[number, number]>;

/**
 * The range a reader can narrow each cell to, from what is shown: bounds propagated through the sums
 * and the nestings to a fixed point. Returns null when the constraints contradict each other.
 */
function propagate(layout: Layout, bounds: Bounds): Bounds | null {
  const b: Bounds = bounds.map(([lo, hi]) => [lo, hi]);
  const tighten = (id: number, lo: number, hi: number): boolean | null => {
    const cell = b[id] as [number, number];
    const nlo = Math.max(cell[0], Math.ceil(lo));
    const nhi = Math.min(cell[1], Math.floor(hi));
    if (nlo > nhi) return null;
    if (nlo === cell[0] && nhi === cell[1]) return false;
    cell[0] = nlo;
    cell[1] = nhi;
    return true;
  };
  for (let round = 0; round < 10_000; round += 1) {
    let changed = false;
    for (const line of layout.lines) {
      let sumLo = 0;
      let sumHi = 0;
      for (const id of line.cells) {
        sumLo += (b[id] as [number, number])[0];
        sumHi += (b[id] as [number, number])[1];
      }
      const total = b[line.total] as [number, number];
      const t = tighten(line.total, sumLo, sumHi);
      if (t === null) return null;
      changed ||= t;
      for (const id of line.cells) {
        const [lo, hi] = b[id] as [number, number];
        const othersLo = sumLo - lo;
        // Others' upper sum without subtracting infinities.
        const othersHi = hi === Number.POSITIVE_INFINITY ? sumOthersHi(b, line.cells, id) : sumHi - hi;
        const c = tighten(id, total[0] - othersHi, total[1] - othersLo);
        if (c === null) return null;
        changed ||= c;
      }
    }
    for (const [inner, outer] of layout.nests) {
      const a = tighten(inner, Number.NEGATIVE_INFINITY, (b[outer] as [number, number])[1]);
      const c = tighten(outer, (b[inner] as [number, number])[0], Number.POSITIVE_INFINITY);
      if (a === null || c === null) return null;
      changed ||= a || c;
    }
    if (!changed) return b;
  }
  return b;
}

function sumOthersHi(b: Bounds, cells: readonly number[], except: number): number {
  let sum = 0;
  for (const id of cells) if (id !== except) sum += (b[id] as [number, number])[1];
  return sum;
}

/** What a reader knows of each cell before working anything out. */
function knownBounds(layout: Layout, states: readonly CellState[], threshold: number): Bounds {
  return layout.values.map((value, id): [number, number] => {
    const state = states[id];
    if (state === 'shown') return [value, value];
    if (state === 'small') return [1, threshold - 1];
    return [0, Number.POSITIVE_INFINITY];
  });
}

/**
 * Whether a small cell could take `value` given everything shown: propagation, then a search that
 * splits the widest bounded hidden cell, within a budget of steps. Out of budget counts as "could"
 * (the propagated bounds, which never exclude a true value, have already allowed it).
 */
function couldBe(
  layout: Layout,
  bounds: Bounds,
  id: number,
  value: number,
  budget: { steps: number },
): boolean {
  const start: Bounds = bounds.map(([lo, hi]) => [lo, hi]);
  start[id] = [value, value];
  const search = (current: Bounds): boolean => {
    budget.steps -= 1;
    if (budget.steps < 0) return true;
    const narrowed = propagate(layout, current);
    if (!narrowed) return false;
    let split = -1;
    let width = 0;
    for (const [i, [lo, hi]] of narrowed.entries())
      if (hi !== Number.POSITIVE_INFINITY && hi - lo > width) {
        split = i;
        width = hi - lo;
      }
    if (split < 0) return true;
    const [lo, hi] = narrowed[split] as [number, number];
    const mid = Math.floor((lo + hi) / 2);
    const low: Bounds = narrowed.map(([a, z]) => [a, z]);
    low[split] = [lo, mid];
    if (search(low)) return true;
    const high: Bounds = narrowed.map(([a, z]) => [a, z]);
    high[split] = [mid + 1, hi];
    return search(high);
  };
  return search(start);
}

/** The small cells a reader could pin to one value. */
function exposedCells(layout: Layout, states: readonly CellState[], threshold: number): number[] {
  const known = knownBounds(layout, states, threshold);
  const bounds = propagate(layout, known);
  if (!bounds) throw new Error('the report contradicts itself');
  const exposed: number[] = [];
  for (const [id, state] of states.entries()) {
    if (state !== 'small') continue;
    const [lo, hi] = bounds[id] as [number, number];
    if (lo === hi) {
      exposed.push(id);
      continue;
    }
    // Two values the bounds allow must both be reachable; the true value is one of them.
    const truth = layout.values[id] as number;
    const budget = { steps: 2_000 };
    let alternatives = 0;
    for (let v = lo; v <= hi && alternatives === 0; v += 1)
      if (v !== truth && couldBe(layout, bounds, id, v, budget)) alternatives += 1;
    if (alternatives === 0) exposed.push(id);
  }
  return exposed;
}

/** The cells of each sum a cell takes part in (as a part or as the total). */
function sumsOf(layout: Layout, id: number): number[][] {
  return layout.lines.filter((l) => l.total === id || l.cells.includes(id)).map((l) => [...l.cells, l.total]);
}

/**
 * The next cell to hide. Of the exposed cells, the one whose sum has the fewest hidden cells is
 * protected first (a lone small count in its column is the cause; a cell pinned only through its
 * neighbours usually frees itself once that is fixed). Its complement: the smallest non-zero count of
 * its sums, then a total, then a zero, then a cell it is nested with, then the smallest count anywhere.
 */
function nextToHide(layout: Layout, states: readonly CellState[], exposed: readonly number[]): number | null {
  const hiddenIn = (cells: readonly number[]) => cells.filter((id) => states[id] !== 'shown').length;
  const target = [...exposed].sort(
    (a, b) =>
      Math.min(...sumsOf(layout, a).map(hiddenIn)) - Math.min(...sumsOf(layout, b).map(hiddenIn)) || a - b,
  )[0];
  if (target === undefined) return null;
  const isTotal = new Set(layout.totalId);
  const shown = (id: number) => states[id] === 'shown';
  const value = (id: number) => layout.values[id] as number;
  const byValue = (a: number, b: number) => value(a) - value(b) || a - b;
  const inSums = [...new Set(sumsOf(layout, target).flat())].filter(shown);
  const nonZero = inSums.filter((id) => !isTotal.has(id) && value(id) > 0).sort(byValue);
  const totals = inSums.filter((id) => isTotal.has(id)).sort(byValue);
  const zeros = inSums.filter((id) => !isTotal.has(id) && value(id) === 0).sort(byValue);
  const nested = (layout.neighbours[target] ?? []).filter(shown).sort(byValue);
  const anywhere = layout.values
    .map((_, id) => id)
    .filter(shown)
    .sort((a, b) => Number(value(a) === 0) - Number(value(b) === 0) || byValue(a, b));
  return nonZero[0] ?? totals[0] ?? zeros[0] ?? nested[0] ?? anywhere[0] ?? null;
}

export function suppressReport(input: SuppressionInput): SuppressedReport {
  const checked = checkThreshold(input.threshold);
  if (!checked.ok) throw new Error(checked.problem);
  const threshold = checked.threshold;
  const layout = layoutOf(input);
  const states: CellState[] = layout.values.map((value) => {
    if (!Number.isInteger(value) || value < 0)
      throw new Error('a count must be a whole number of at least 0');
    return value >= 1 && value < threshold ? 'small' : 'shown';
  });
  for (let guard = 0; guard <= layout.values.length; guard += 1) {
    const exposed = exposedCells(layout, states, threshold);
    if (exposed.length === 0) break;
    const hide = nextToHide(layout, states, exposed);
    if (hide === null) break;
    states[hide] = 'complementary';
  }
  const present = (id: number) => (states[id] === 'shown' ? (layout.values[id] as number) : null);
  return {
    tables: layout.cellId.map((table) => ({
      rows: table.map((row) => row.map(present)),
      states: table.map((row) => row.map((id) => states[id] as CellState)),
    })),
    totals: layout.totalId.map(present),
    totalStates: layout.totalId.map((id) => states[id] as CellState),
  };
}

/**
 * A share (a percentage) of two counts of the report: hidden when either count is hidden (it would
 * give the hidden one away) or when the denominator counts fewer people than the threshold.
 */
export function shareOf(
  numerator: number | null,
  denominator: number | null,
  threshold: number,
): number | null {
  if (numerator === null || denominator === null || denominator < threshold || denominator === 0) return null;
  return numerator / denominator;
}

/** A mean or a median over `people` people: hidden below the threshold. */
export function statisticOf(value: number | null, people: number, threshold: number): number | null {
  return people < threshold ? null : value;
}
