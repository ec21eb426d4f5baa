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
 */
export interface SparseAssignmentInput {
  rows: number;
  columns: number;
  /** Edges of row r are `start[r] .. start[r + 1] - 1`. */
  start: Int32Array;
  column: Int32Array;
  cost: Float64Array;
  dummyCost: number;
}

export interface SparseAssignmentSolution {
  /** Column per row, -1 for a row left unmatched. */
  col4row: Int32Array;
  u: Float64Array;
  v: Float64Array;
}

export function minimizeSparseAssignment(input: SparseAssignmentInput): SparseAssignmentSolution {
  const { rows: R, columns: K, start, column, cost, dummyCost: D } = input;
  const u = new Float64Array(R);
  const v = new Float64Array(K);
  const DUMMY = -2;
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

  // Shortest augmenting paths with a lazy binary heap of (distance, column).
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
  for (let i = 0; i < R; i++) if (col4row[i] === DUMMY) col4row[i] = -1;
  return { col4row, u, v };
}
