/**
 * The dense engine behind `solveAssignment`: a Jonker-Volgenant shortest augmenting path solver.
 *
 * Rows are matched to columns, at most one row per column, every row either to a column or to its
 * own "unmatched" option of cost `dummyCost`. The cost of row r and column k is `-profits[rowSource[r]
 * * width + colSource[k]]`; a NaN profit is an impossible pair (NaN fails every `<` comparison, so the
 * loops skip it without a branch). The source maps let the caller expand mentor capacities into
 * slots and drop locked mentees without copying the matrix.
 *
 * Phases (Jonker & Volgenant 1987; the shortest path step as in Crouse 2016, used by SciPy):
 * 1. column reduction and reduction transfer, only for a square problem with no impossible pair and
 *    no unmatched option (there every column ends up used, so any column prices are valid);
 * 2. two passes of augmenting row reduction, an auction-like step that assigns most rows of a random
 *    instance cheaply while keeping each assigned row on a cheapest column at the current prices;
 * 3. for each row still free, Dijkstra over reduced costs (O(columns) per scanned row) until a free
 *    column or the row's unmatched option is reached, then a dual update and augmentation.
 * Worst case O(R^2 K) for R rows and K columns; on uniform random instances phase 2 leaves few rows
 * for phase 3. Allocations are done once up front; the inner loops only read and write typed arrays.
 *
 * Optimality: the duals keep every reduced cost non-negative, prices of unused columns stay at 0
 * (they only ever decrease, and only on used columns), so the result is a minimum-cost assignment of
 * all rows to columns or to the unmatched option.
 */
export interface DenseAssignmentInput {
  profits: Float64Array;
  width: number;
  rowSource: Int32Array;
  colSource: Int32Array;
  /** Cost of leaving a row unmatched; null when every row can and must be matched (no NaN, R <= K). */
  dummyCost: number | null;
}

/** Column per row; -1 means the row took its unmatched option. */
export function minimizeDenseAssignment(input: DenseAssignmentInput): Int32Array {
  const { profits: P, width: W, rowSource: rs, colSource: cs } = input;
  const R = rs.length;
  const K = cs.length;
  const hasDummy = input.dummyCost !== null;
  const D = input.dummyCost ?? Number.POSITIVE_INFINITY;
  const u = new Float64Array(R);
  const v = new Float64Array(K);
  const col4row = new Int32Array(R).fill(-1);
  const row4col = new Int32Array(K).fill(-1);
  const DUMMY = -2;
  // A row of costs is read either in place (columns are the matrix columns in order) or gathered once
  // into `scratch`, so that the hot loops below always read `rows[base + k]` without indirection.
  let identity = W === K;
  for (let k = 0; identity && k < K; k++) identity = cs[k] === k;
  const scratch = new Float64Array(identity ? 0 : K);
  const rows = identity ? P : scratch;
  let base = 0;
  const viewRow = (i: number) => {
    const off = (rs[i] as number) * W;
    if (identity) base = off;
    else for (let k = 0; k < K; k++) scratch[k] = P[off + (cs[k] as number)] as number;
  };
  let free: Int32Array;
  let numFree = 0;

  if (!hasDummy && R === K && R > 1) {
    // Column reduction, scanning rows so that memory is read in order.
    const colMin = new Float64Array(K).fill(Number.POSITIVE_INFINITY);
    const argMin = new Int32Array(K);
    for (let i = 0; i < R; i++) {
      viewRow(i);
      for (let k = 0; k < K; k++) {
        const c = -(rows[base + k] as number);
        if (c < (colMin[k] as number)) {
          colMin[k] = c;
          argMin[k] = i;
        }
      }
    }
    const matches = new Int32Array(R);
    for (let k = K - 1; k >= 0; k--) {
      v[k] = colMin[k] as number;
      const i = argMin[k] as number;
      if (++(matches[i] as number) === 1) {
        col4row[i] = k;
        row4col[k] = i;
      } else if ((v[k] as number) < (v[col4row[i] as number] as number)) {
        row4col[col4row[i] as number] = -1;
        col4row[i] = k;
        row4col[k] = i;
      }
    }
    // Reduction transfer from rows assigned once.
    free = new Int32Array(R);
    for (let i = 0; i < R; i++) {
      if (matches[i] === 0) free[numFree++] = i;
      else if (matches[i] === 1) {
        const j1 = col4row[i] as number;
        viewRow(i);
        let min = Number.POSITIVE_INFINITY;
        for (let k = 0; k < K; k++) {
          if (k === j1) continue;
          const h = -(rows[base + k] as number) - (v[k] as number);
          if (h < min) min = h;
        }
        v[j1] = (v[j1] as number) - min;
      }
    }
  } else {
    free = new Int32Array(R);
    for (let i = 0; i < R; i++) free[numFree++] = i;
  }

  // Augmenting row reduction: two passes over the free rows.
  const limit = 8 * R + 64;
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
      viewRow(i);
      let umin = D;
      let j1 = hasDummy ? DUMMY : -1;
      let usub = Number.POSITIVE_INFINITY;
      let j2 = -1;
      for (let c = 0; c < K; c++) {
        const h = -(rows[base + c] as number) - (v[c] as number);
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
      if (j1 < 0 || (usub === Number.POSITIVE_INFINITY && row4col[j1] !== -1)) {
        free[numFree++] = i; // no usable second price: leave the row to the shortest path phase
        continue;
      }
      let i0 = row4col[j1] as number;
      const strict = umin < usub;
      if (strict && usub !== Number.POSITIVE_INFINITY) v[j1] = (v[j1] as number) - (usub - umin);
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

  // Row duals of the assigned rows: each sits on a cheapest column at the current prices.
  for (let i = 0; i < R; i++) {
    const j = col4row[i] as number;
    if (j >= 0) u[i] = -(P[(rs[i] as number) * W + (cs[j] as number)] as number) - (v[j] as number);
  }

  // Shortest augmenting paths for the rows still free.
  const spc = new Float64Array(K);
  const path = new Int32Array(K);
  const remaining = new Int32Array(K);
  const scannedRows = new Int32Array(R);
  const scannedCols = new Int32Array(K);
  for (let f = 0; f < numFree; f++) {
    const cur = free[f] as number;
    if (col4row[cur] !== -1) continue;
    spc.fill(Number.POSITIVE_INFINITY);
    for (let c = 0; c < K; c++) remaining[c] = K - 1 - c;
    let numRemaining = K;
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
      if (hasDummy) {
        const d = minVal + D - ui;
        if (d < bestDummy) {
          bestDummy = d;
          dummyRow = i;
        }
      }
      viewRow(i);
      let lowest = Number.POSITIVE_INFINITY;
      let index = -1;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it] as number;
        const r = minVal - (rows[base + j] as number) - ui - (v[j] as number);
        if (r < (spc[j] as number)) {
          path[j] = i;
          spc[j] = r;
        }
        const s = spc[j] as number;
        if (s < lowest || (s === lowest && row4col[j] === -1)) {
          lowest = s;
          index = it;
        }
      }
      if (bestDummy < lowest) {
        minVal = bestDummy;
        sink = DUMMY;
        break;
      }
      if (index < 0) throw new Error('minimizeDenseAssignment: no augmenting path (infeasible input)');
      minVal = lowest;
      const j = remaining[index] as number;
      scannedCols[nsc++] = j;
      remaining[index] = remaining[--numRemaining] as number;
      if (row4col[j] === -1) {
        sink = j;
        break;
      }
      i = row4col[j] as number;
    }
    // Dual update (before the augmentation changes col4row).
    u[cur] = (u[cur] as number) + minVal;
    for (let s = 1; s < nsr; s++) {
      const r = scannedRows[s] as number;
      u[r] = (u[r] as number) + minVal - (spc[col4row[r] as number] as number);
    }
    for (let s = 0; s < nsc; s++) {
      const j = scannedCols[s] as number;
      v[j] = (v[j] as number) - (minVal - (spc[j] as number));
    }
    // Augment along the path.
    let j: number;
    if (sink === DUMMY) {
      const r = dummyRow;
      j = col4row[r] as number;
      col4row[r] = DUMMY;
      if (r === cur) continue;
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
  return col4row;
}
