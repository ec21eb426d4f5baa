import { type DenseAssignmentInput, minimizeDenseAssignment } from './minimize-dense-assignment.js';
import { minimizeSparseAssignment } from './minimize-sparse-assignment.js';

/**
 * Dense assignment by pruning and pricing, exact: an optimal assignment rarely uses more than a few
 * of each row's cheapest columns, so solve the problem on each row's `initialDegree` cheapest columns
 * with the sparse engine, then price every left-out pair with the duals it returns. A pair with a
 * negative reduced cost (below `-tolerance`) could improve the answer: the most negative ones per row
 * join the graph and the pruned problem is solved again. When no pair is negative the duals prove the
 * answer optimal for the whole matrix (LP duality: the duals are feasible for every pair, and
 * complementary slackness holds on the chosen ones). Each round costs one O(R K) pass over the matrix
 * plus a sparse solve; if the rounds do not settle quickly it falls back to the dense engine.
 */
export function minimizePrunedAssignment(
  input: DenseAssignmentInput,
  lexicographicDummyCost: number,
  options: { initialDegree?: number; maxRounds?: number } = {},
): Int32Array {
  const { profits: P, width: W, rowSource: rs, colSource: cs } = input;
  const R = rs.length;
  const K = cs.length;
  const maxRounds = options.maxRounds ?? 6;
  const degree = Math.min(K, options.initialDegree ?? 12);
  const addPerRound = Math.min(K, 8);
  const D = lexicographicDummyCost;
  const tolerance = 1e-12 * Math.max(1, Math.abs(D));
  let identity = W === K;
  for (let k = 0; identity && k < K; k++) identity = cs[k] === k;
  const scratch = new Float64Array(identity ? 0 : K);
  const rowValues = identity ? P : scratch;
  let base = 0;
  const viewRow = (i: number) => {
    const off = (rs[i] as number) * W;
    if (identity) base = off;
    else for (let k = 0; k < K; k++) scratch[k] = P[off + (cs[k] as number)] as number;
  };

  // Per row, its chosen columns (ascending by selection, not by index).
  const edges: Int32Array[] = new Array(R);
  const pickKey = new Float64Array(Math.max(degree, addPerRound) + 1);
  const pickCol = new Int32Array(Math.max(degree, addPerRound) + 1);
  // Keeps the `want` smallest keys seen so far in pickKey/pickCol, sorted ascending; returns the count.
  const offer = (count: number, want: number, key: number, col: number): number => {
    if (count === want && key >= (pickKey[count - 1] as number)) return count;
    let p = count < want ? count++ : count - 1;
    while (p > 0 && (pickKey[p - 1] as number) > key) {
      pickKey[p] = pickKey[p - 1] as number;
      pickCol[p] = pickCol[p - 1] as number;
      p--;
    }
    pickKey[p] = key;
    pickCol[p] = col;
    return count;
  };
  for (let i = 0; i < R; i++) {
    viewRow(i);
    let count = 0;
    for (let k = 0; k < K; k++) {
      const c = -(rowValues[base + k] as number);
      if (!Number.isNaN(c)) count = offer(count, degree, c, k);
    }
    edges[i] = pickCol.slice(0, count);
  }

  for (let round = 0; round < maxRounds; round++) {
    let total = 0;
    for (let i = 0; i < R; i++) total += (edges[i] as Int32Array).length;
    if (total > (R * K) / 4) break;
    const start = new Int32Array(R + 1);
    const column = new Int32Array(total);
    const cost = new Float64Array(total);
    for (let i = 0, e = 0; i < R; i++) {
      const off = (rs[i] as number) * W;
      for (const k of edges[i] as Int32Array) {
        column[e] = k;
        cost[e++] = -(P[off + (cs[k] as number)] as number);
      }
      start[i + 1] = e;
    }
    const { col4row, u, v } = minimizeSparseAssignment({
      rows: R,
      columns: K,
      start,
      column,
      cost,
      dummyCost: D,
    });
    let violations = 0;
    for (let i = 0; i < R; i++) {
      viewRow(i);
      const ui = u[i] as number;
      let count = 0;
      for (let k = 0; k < K; k++) {
        const r = -(rowValues[base + k] as number) - ui - (v[k] as number);
        if (r < -tolerance) count = offer(count, addPerRound, r, k);
      }
      if (count === 0) continue;
      const known = edges[i] as Int32Array;
      const fresh: number[] = [];
      for (let p = 0; p < count; p++)
        if (!known.includes(pickCol[p] as number)) fresh.push(pickCol[p] as number);
      if (fresh.length === 0) continue;
      violations += fresh.length;
      const grown = new Int32Array(known.length + fresh.length);
      grown.set(known);
      grown.set(fresh, known.length);
      edges[i] = grown;
    }
    if (violations === 0) return col4row;
  }
  return minimizeDenseAssignment(input);
}
