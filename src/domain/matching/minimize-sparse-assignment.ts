/**
 * The sparse engine shared by `solveAssignment` (on a pruned copy of the dense matrix) and
 * `solveSparseAssignment` (on candidate lists): minimum-cost assignment on a bipartite graph given as
 * compressed rows, each row matched to at most one column or to its own "unmatched" option of cost
 * `dummyCost` (always present, so the problem is always feasible).
 *
 * Same two phases as the dense engine (Jonker-Volgenant augmenting row reduction, then shortest
 * augmenting paths as in Crouse 2016), but the Dijkstra step walks only the edges of the scanned rows
 * and keeps tentative distances in a binary heap: O(E log K) per augmentation in the worst case, and
 * far less in practice because the search stops at the first free column or unmatched option.
 *
 * It also returns the duals: `u` per row, `v` per column, with `cost - u - v >= 0` on every edge,
 * `= 0` on the chosen ones, `u = dummyCost` on unmatched rows, `v <= 0` everywhere and `v = 0` on
 * unused columns. The callers use them to price edges the graph does not hold yet.
 *
 * Warm start (`warm`): the optimal assignment and column duals of a previous solve on a subgraph of
 * this one (the same rows and the same `dummyCost`, edges and columns only added, new columns with
 * `v = 0`). Every row gets `u = min(dummyCost, min over its edges of cost - v)`, so all reduced costs
 * are >= 0; a row keeps its previous column (or its "unmatched" option) when that is still a minimum
 * (within rounding), otherwise it becomes free. Only the free rows are augmented, by the same shortest
 * paths as a cold start, with one addition: a freed row may leave behind a column with `v < 0` and no
 * row (a "deficit" column; in flow terms its edge to the sink already carries a unit that no row
 * sends). Such a column counts as a sink like a free column; one still empty at the end is repaired by
 * a reverse Dijkstra from it (over the transposed graph) to the nearest way out: a row left unmatched
 * moving in, or a matched column releasing its row along a shortest path, or its own price rising to 0,
 * whichever is cheapest. The result is optimal by the same argument as a cold start (reduced costs stay
 * >= 0 on every residual arc, chosen edges stay tight), with the same guarantees on `u` and `v`; when
 * few rows changed, it scans far fewer rows than a cold start.
 */
export interface SparseAssignmentInput {
  rows: number;
  columns: number;
  /** Edges of row r are `start[r] .. start[r + 1] - 1`. */
  start: Int32Array;
  column: Int32Array;
  cost: Float64Array;
  dummyCost: number;
  /** A previous optimum to start from: column per row (-1 unmatched) and the column duals. */
  warm?: { col4row: Int32Array; v: Float64Array };
}

export interface SparseAssignmentSolution {
  /** Column per row, -1 for a row left unmatched. */
  col4row: Int32Array;
  u: Float64Array;
  v: Float64Array;
}

const DUMMY = -2;

export function minimizeSparseAssignment(input: SparseAssignmentInput): SparseAssignmentSolution {
  if (input.warm) return minimizeFromWarmStart(input, input.warm);
  const { rows: R, columns: K, start, column, cost, dummyCost: D } = input;
  const u = new Float64Array(R);
  const v = new Float64Array(K);
  const col4row = new Int32Array(R).fill(-1);
  const row4col = new Int32Array(K).fill(-1);
  const free = new Int32Array(R);
  let numFree = 0;
  for (let i = 0; i < R; i++) free[numFree++] = i;

  // Augmenting row reduction: two passes, bounded.
  const limit = 16 * R + 64;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    let steps = 0;
    while (k < previous) {
      const i = free[k++] as number;
      if (++steps > limit) {
        free[numFree++] = i;
        continue;
      }
      let umin = D;
      let j1 = DUMMY;
      let usub = Number.POSITIVE_INFINITY;
      let j2 = -1;
      for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
        const c = column[e] as number;
        const h = (cost[e] as number) - (v[c] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = c;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = c;
          }
        }
      }
      if (j1 === DUMMY) {
        col4row[i] = DUMMY;
        u[i] = D;
        continue;
      }
      let i0 = row4col[j1] as number;
      const strict = umin < usub;
      if (strict) v[j1] = (v[j1] as number) - (usub - umin);
      else if (i0 >= 0) {
        j1 = j2;
        if (j1 === DUMMY) {
          col4row[i] = DUMMY;
          u[i] = D;
          continue;
        }
        i0 = row4col[j1] as number;
      }
      col4row[i] = j1;
      row4col[j1] = i;
      if (i0 >= 0) {
        col4row[i0] = -1;
        if (strict) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  for (let i = 0; i < R; i++) {
    const j = col4row[i] as number;
    if (j < 0) continue;
    for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
      if (column[e] === j) u[i] = (cost[e] as number) - (v[j] as number);
    }
  }

  augmentFreeRows(input, u, v, col4row, row4col, free, numFree);
  for (let i = 0; i < R; i++) if (col4row[i] === DUMMY) col4row[i] = -1;
  return { col4row, u, v };
}

/**
 * Shortest augmenting paths (Dijkstra on reduced costs, lazy binary heap of (distance, column)) from
 * each free row to the nearest column without a row or to the row's own "unmatched" option. Needs
 * reduced costs >= 0 on every edge of the rows other than the free row being augmented, and tight
 * chosen edges; keeps both.
 */
function augmentFreeRows(
  input: SparseAssignmentInput,
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  free: Int32Array,
  numFree: number,
): void {
  const { rows: R, columns: K, start, column, cost, dummyCost: D } = input;
  const spc = new Float64Array(K);
  const path = new Int32Array(K);
  const seen = new Int32Array(K);
  const done = new Int32Array(K);
  const scannedRows = new Int32Array(R);
  const scannedCols = new Int32Array(K);
  let heapKey = new Float64Array(1024);
  let heapItem = new Int32Array(1024);
  let stamp = 0;
  for (let f = 0; f < numFree; f++) {
    const cur = free[f] as number;
    if (col4row[cur] !== -1) continue;
    stamp++;
    let heapSize = 0;
    let nsr = 0;
    let nsc = 0;
    let minVal = 0;
    let i = cur;
    let sink = -1;
    let bestDummy = Number.POSITIVE_INFINITY;
    let dummyRow = -1;
    for (;;) {
      scannedRows[nsr++] = i;
      const ui = u[i] as number;
      const d = minVal + D - ui;
      if (d < bestDummy) {
        bestDummy = d;
        dummyRow = i;
      }
      for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
        const j = column[e] as number;
        if (done[j] === stamp) continue;
        const r = minVal + (cost[e] as number) - ui - (v[j] as number);
        if (seen[j] !== stamp || r < (spc[j] as number)) {
          seen[j] = stamp;
          spc[j] = r;
          path[j] = i;
          if (heapSize === heapKey.length) {
            const grownKey = new Float64Array(heapSize * 2);
            grownKey.set(heapKey);
            heapKey = grownKey;
            const grownItem = new Int32Array(heapSize * 2);
            grownItem.set(heapItem);
            heapItem = grownItem;
          }
          // Sift up.
          let p = heapSize++;
          while (p > 0) {
            const parent = (p - 1) >> 1;
            if ((heapKey[parent] as number) <= r) break;
            heapKey[p] = heapKey[parent] as number;
            heapItem[p] = heapItem[parent] as number;
            p = parent;
          }
          heapKey[p] = r;
          heapItem[p] = j;
        }
      }
      // Pop the nearest column that is not settled and whose entry is current.
      let lowest = Number.POSITIVE_INFINITY;
      let j = -1;
      while (heapSize > 0) {
        const key = heapKey[0] as number;
        const item = heapItem[0] as number;
        // Remove the top.
        const lastKey = heapKey[--heapSize] as number;
        const lastItem = heapItem[heapSize] as number;
        let p = 0;
        for (;;) {
          let child = 2 * p + 1;
          if (child >= heapSize) break;
          if (child + 1 < heapSize && (heapKey[child + 1] as number) < (heapKey[child] as number)) child++;
          if ((heapKey[child] as number) >= lastKey) break;
          heapKey[p] = heapKey[child] as number;
          heapItem[p] = heapItem[child] as number;
          p = child;
        }
        heapKey[p] = lastKey;
        heapItem[p] = lastItem;
        if (done[item] === stamp || key !== spc[item]) continue;
        lowest = key;
        j = item;
        break;
      }
      if (bestDummy < lowest || j < 0) {
        minVal = bestDummy;
        sink = DUMMY;
        break;
      }
      minVal = lowest;
      done[j] = stamp;
      scannedCols[nsc++] = j;
      if (row4col[j] === -1) {
        sink = j;
        break;
      }
      i = row4col[j] as number;
    }
    u[cur] = (u[cur] as number) + minVal;
    for (let s = 1; s < nsr; s++) {
      const r = scannedRows[s] as number;
      u[r] = (u[r] as number) + minVal - (spc[col4row[r] as number] as number);
    }
    for (let s = 0; s < nsc; s++) {
      const c = scannedCols[s] as number;
      v[c] = (v[c] as number) - (minVal - (spc[c] as number));
    }
    let j: number;
    if (sink === DUMMY) {
      j = col4row[dummyRow] as number;
      col4row[dummyRow] = DUMMY;
      if (dummyRow === cur) continue;
    } else j = sink;
    for (;;) {
      const r = path[j] as number;
      row4col[j] = r;
      const previous = col4row[r] as number;
      col4row[r] = j;
      j = previous;
      if (r === cur) break;
    }
  }
}

function minimizeFromWarmStart(
  input: SparseAssignmentInput,
  warm: { col4row: Int32Array; v: Float64Array },
): SparseAssignmentSolution {
  const { rows: R, columns: K, start, column, cost, dummyCost: D } = input;
  const u = new Float64Array(R);
  const v = Float64Array.from(warm.v);
  const col4row = new Int32Array(R).fill(-1);
  const row4col = new Int32Array(K).fill(-1);
  const free = new Int32Array(R);
  let numFree = 0;
  const tolerance = 1e-12 * Math.max(1, Math.abs(D));
  for (let i = 0; i < R; i++) {
    const previous = warm.col4row[i] as number;
    let lowest = D;
    let mine = previous < 0 ? D : Number.POSITIVE_INFINITY;
    for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
      const c = column[e] as number;
      const h = (cost[e] as number) - (v[c] as number);
      if (h < lowest) lowest = h;
      if (c === previous) mine = h;
    }
    u[i] = lowest;
    if (mine - lowest > tolerance) free[numFree++] = i;
    else if (previous < 0) col4row[i] = DUMMY;
    else if (row4col[previous] !== -1) free[numFree++] = i;
    else {
      col4row[i] = previous;
      row4col[previous] = i;
    }
  }
  augmentFreeRows(input, u, v, col4row, row4col, free, numFree);
  // Columns a freed row left with v < 0 and that no row took: repair each from the column's side.
  let transposed: { colStart: Int32Array; colEdge: Int32Array; edgeRow: Int32Array } | null = null;
  let workspace: RepairWorkspace | null = null;
  for (let k = 0; k < K; k++) {
    if (row4col[k] !== -1 || (v[k] as number) >= 0) continue;
    transposed ??= transpose(input);
    workspace ??= {
      dist: new Float64Array(R),
      seen: new Int32Array(R),
      done: new Int32Array(R),
      parentColumn: new Int32Array(R),
      stamp: 0,
    };
    repairDeficitColumn(input, transposed, u, v, col4row, row4col, k, workspace);
  }
  for (let i = 0; i < R; i++) if (col4row[i] === DUMMY) col4row[i] = -1;
  return { col4row, u, v };
}

interface RepairWorkspace {
  dist: Float64Array;
  seen: Int32Array;
  done: Int32Array;
  parentColumn: Int32Array;
  stamp: number;
}

function transpose(input: SparseAssignmentInput) {
  const { rows: R, columns: K, start, column } = input;
  const E = start[R] as number;
  const colStart = new Int32Array(K + 1);
  for (let e = 0; e < E; e++)
    colStart[(column[e] as number) + 1] = (colStart[(column[e] as number) + 1] as number) + 1;
  for (let k = 0; k < K; k++) colStart[k + 1] = (colStart[k + 1] as number) + (colStart[k] as number);
  const fill = colStart.slice(0, K);
  const colEdge = new Int32Array(E);
  const edgeRow = new Int32Array(E);
  for (let i = 0; i < R; i++) {
    for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
      const c = column[e] as number;
      const at = fill[c] as number;
      fill[c] = at + 1;
      colEdge[at] = e;
      edgeRow[e] = i;
    }
  }
  return { colStart, colEdge, edgeRow };
}

/**
 * Column `k0` has no row and `v[k0] < 0`: find the cheapest of (a) raising `v[k0]` to 0, (b) a row on
 * its "unmatched" option taking a column, the rows on a shortest alternating path shifting, the last
 * one taking `k0`, (c) the same path starting from a matched column whose row leaves it (that column's
 * `v` rises to 0). Dijkstra over rows, walking edges backwards (row r reaches column c's row set through
 * the edges into c), then the duals are shifted so that reduced costs stay >= 0 and the path is tight.
 */
function repairDeficitColumn(
  input: SparseAssignmentInput,
  t: { colStart: Int32Array; colEdge: Int32Array; edgeRow: Int32Array },
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  k0: number,
  w: RepairWorkspace,
): void {
  const { cost } = input;
  const { dist, seen, done, parentColumn } = w;
  const stamp = ++w.stamp;
  const scannedRows: number[] = [];
  const scannedCols: number[] = [k0];
  const colDist: number[] = [0];
  let heapKey: number[] = [];
  let heapItem: number[] = [];
  const push = (key: number, item: number) => {
    let p = heapKey.length;
    heapKey.push(key);
    heapItem.push(item);
    while (p > 0) {
      const parent = (p - 1) >> 1;
      if ((heapKey[parent] as number) <= key) break;
      heapKey[p] = heapKey[parent] as number;
      heapItem[p] = heapItem[parent] as number;
      p = parent;
    }
    heapKey[p] = key;
    heapItem[p] = item;
  };
  const pop = (): number => {
    const item = heapItem[0] as number;
    const lastKey = heapKey.pop() as number;
    const lastItem = heapItem.pop() as number;
    const size = heapKey.length;
    if (size > 0) {
      let p = 0;
      for (;;) {
        let child = 2 * p + 1;
        if (child >= size) break;
        if (child + 1 < size && (heapKey[child + 1] as number) < (heapKey[child] as number)) child++;
        if ((heapKey[child] as number) >= lastKey) break;
        heapKey[p] = heapKey[child] as number;
        heapItem[p] = heapItem[child] as number;
        p = child;
      }
      heapKey[p] = lastKey;
      heapItem[p] = lastItem;
    }
    return item;
  };
  const expand = (c: number, dc: number) => {
    for (let a = t.colStart[c] as number, end = t.colStart[c + 1] as number; a < end; a++) {
      const e = t.colEdge[a] as number;
      const r = t.edgeRow[e] as number;
      if (done[r] === stamp || col4row[r] === c) continue;
      const d = dc + (cost[e] as number) - (u[r] as number) - (v[c] as number);
      if (seen[r] !== stamp || d < (dist[r] as number)) {
        seen[r] = stamp;
        dist[r] = d;
        parentColumn[r] = c;
        push(d, r);
      }
    }
  };
  let best = -(v[k0] as number); // (a): the column stays empty at price 0
  let sinkRow = -1;
  let sinkColumn = -1;
  expand(k0, 0);
  while (heapKey.length > 0) {
    const key = heapKey[0] as number;
    const r = pop();
    if (done[r] === stamp || key !== dist[r]) continue;
    if (key >= best) break;
    done[r] = stamp;
    scannedRows.push(r);
    const c = col4row[r] as number;
    if (c < 0) {
      best = key; // (b): a row without a column moves in
      sinkRow = r;
      sinkColumn = -1;
      break;
    }
    scannedCols.push(c);
    colDist.push(key);
    const leave = key - (v[c] as number);
    if (leave < best) {
      best = leave; // (c): column c lets its row go
      sinkColumn = c;
      sinkRow = -1;
    }
    expand(c, key);
  }
  heapKey = [];
  heapItem = [];
  const L = best;
  for (let s = 0; s < scannedCols.length; s++) {
    const c = scannedCols[s] as number;
    v[c] = (v[c] as number) + (L - (colDist[s] as number));
  }
  for (const r of scannedRows) u[r] = (u[r] as number) - (L - (dist[r] as number));
  let r: number;
  if (sinkColumn >= 0) {
    r = row4col[sinkColumn] as number;
    row4col[sinkColumn] = -1;
    v[sinkColumn] = 0;
  } else if (sinkRow >= 0) r = sinkRow;
  else {
    v[k0] = 0;
    return;
  }
  for (;;) {
    const c = parentColumn[r] as number;
    const previous = row4col[c] as number;
    row4col[c] = r;
    col4row[r] = c;
    if (c === k0) break;
    r = previous;
  }
}

/**
 * The smallest column prices (`-v`) that certify a given optimal assignment, with the matching row
 * duals: of all duals that are feasible (`cost - u - v >= 0` on every edge, `u <= dummyCost`,
 * `v <= 0`) and complementary to `col4row` (chosen edges tight, `u = dummyCost` on unmatched rows,
 * `v = 0` on unused columns), the one with the largest `v` in every column. It exists and is the same
 * for every optimal assignment (complementary slackness holds between any optimal primal and any
 * optimal dual), so it does not depend on which optimum or which solve produced `solution`.
 *
 * One multi-source Dijkstra on the reduced costs of `solution` (all >= 0): with `q = v_new - v`, the
 * constraints are `q[k] <= -v[k]` (price stays >= 0) and `q[k'] <= q[col4row[i]] + reduced(i, k')`
 * for each edge (i, k') of a matched row i (edge stays feasible when the chosen edge stays tight), and
 * `q[k'] <= reduced(i, k')` for an unmatched row (its `u` stays `dummyCost`). The largest such `q` is the
 * shortest-path distance from sources at `-v[k]`, through "column k, then its row, then one of the
 * row's edges". Prices only fall, so `u <= dummyCost` keeps holding. O(E log K).
 *
 * `solveSparseAssignment` uses it after a solve that leaves nobody unmatched: a warm start keeps prices
 * that only the lexicographic weight of earlier unmatched rows needed, and those would make the next
 * pricing pass ask many mentees for candidates far from their own best.
 */
export function lowestPrices(
  input: SparseAssignmentInput,
  solution: SparseAssignmentSolution,
): SparseAssignmentSolution {
  const { rows: R, columns: K, start, column, cost, dummyCost: D } = input;
  const { col4row, u, v } = solution;
  const row4col = new Int32Array(K).fill(-1);
  for (let i = 0; i < R; i++) {
    const k = col4row[i] as number;
    if (k >= 0) row4col[k] = i;
  }
  const dist = new Float64Array(K);
  const done = new Uint8Array(K);
  let heapKey = new Float64Array(Math.max(16, K));
  let heapItem = new Int32Array(Math.max(16, K));
  let heapSize = 0;
  const push = (key: number, item: number) => {
    if (heapSize === heapKey.length) {
      const grownKey = new Float64Array(heapSize * 2);
      grownKey.set(heapKey);
      heapKey = grownKey;
      const grownItem = new Int32Array(heapSize * 2);
      grownItem.set(heapItem);
      heapItem = grownItem;
    }
    let p = heapSize++;
    while (p > 0) {
      const parent = (p - 1) >> 1;
      if ((heapKey[parent] as number) <= key) break;
      heapKey[p] = heapKey[parent] as number;
      heapItem[p] = heapItem[parent] as number;
      p = parent;
    }
    heapKey[p] = key;
    heapItem[p] = item;
  };
  const reduced = (i: number, e: number) => {
    return Math.max(0, (cost[e] as number) - (u[i] as number) - (v[column[e] as number] as number));
  };
  // Sources: every column at its current price; an unmatched row's edges at their reduced cost.
  for (let k = 0; k < K; k++) dist[k] = Math.max(0, -(v[k] as number));
  for (let i = 0; i < R; i++) {
    if ((col4row[i] as number) >= 0) continue;
    for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
      const k = column[e] as number;
      const d = reduced(i, e);
      if (d < (dist[k] as number)) dist[k] = d;
    }
  }
  // Columns at distance 0 are settled at once; the others wait in the heap.
  const stack: number[] = [];
  for (let k = 0; k < K; k++) {
    if ((dist[k] as number) === 0) stack.push(k);
    else push(dist[k] as number, k);
  }
  const settle = (k: number) => {
    done[k] = 1;
    const i = row4col[k] as number;
    if (i < 0) return;
    const dk = dist[k] as number;
    for (let e = start[i] as number, end = start[i + 1] as number; e < end; e++) {
      const c = column[e] as number;
      if (done[c] === 1) continue;
      const d = dk + reduced(i, e);
      if (d < (dist[c] as number)) {
        dist[c] = d;
        if (d === 0) stack.push(c);
        else push(d, c);
      }
    }
  };
  for (;;) {
    let k: number;
    if (stack.length > 0) k = stack.pop() as number;
    else {
      if (heapSize === 0) break;
      const key = heapKey[0] as number;
      k = heapItem[0] as number;
      const lastKey = heapKey[--heapSize] as number;
      const lastItem = heapItem[heapSize] as number;
      let p = 0;
      for (;;) {
        let child = 2 * p + 1;
        if (child >= heapSize) break;
        if (child + 1 < heapSize && (heapKey[child + 1] as number) < (heapKey[child] as number)) child++;
        if ((heapKey[child] as number) >= lastKey) break;
        heapKey[p] = heapKey[child] as number;
        heapItem[p] = heapItem[child] as number;
        p = child;
      }
      heapKey[p] = lastKey;
      heapItem[p] = lastItem;
      if (key !== dist[k]) continue;
    }
    if (done[k] === 1) continue;
    settle(k);
  }
  // dist[k] is the largest q[k]: v rises by it (the price falls by it), and u of k's row falls by it.
  const nv = new Float64Array(K);
  for (let k = 0; k < K; k++) nv[k] = Math.min(0, (v[k] as number) + (dist[k] as number));
  const nu = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    const k = col4row[i] as number;
    nu[i] = k < 0 ? D : (u[i] as number) + (v[k] as number) - (nv[k] as number);
  }
  return { col4row: Int32Array.from(col4row), u: nu, v: nv };
}
