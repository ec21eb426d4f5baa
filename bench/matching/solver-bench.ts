// Matching solver benchmark: dense uniform pools (2,000 and 5,000 a side) against SciPy and munkres
// when they are available, the "popular mentors" pool (10,000 a side) dense versus sparse, and the
// sparse mode on 100,000 a side. Usage: npx tsx bench/solver-bench.ts [dense|popular|sparse ...]
// Results and how to read them: bench/README.md, "Matching solver".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { solveAssignment } from '../../src/domain/matching/solve-assignment.js';
import { solveSparseAssignment } from '../../src/domain/matching/solve-sparse.js';
import { sectorCandidateGenerator, sectorPool, sectorPoolMatrix, uniformScores } from './solver-pools.js';

const parts = new Set(process.argv.slice(2));
const wants = (part: string) => parts.size === 0 || parts.has(part);
const rows: string[][] = [];
const report = (...cells: (string | number)[]) => {
  const row = cells.map(String);
  rows.push(row);
  console.log(row.join(' | '));
};
const seconds = (ms: number) => (ms / 1000).toFixed(3);
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const result = run();
  return [result, performance.now() - t0];
};

function scipyAvailable(): boolean {
  try {
    execFileSync('python3', ['-c', 'import scipy.optimize'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Times scipy.optimize.linear_sum_assignment (maximize) on the same matrix, in a child process. */
function scipyRun(values: Float64Array, n: number, runs: number): { ms: number; total: number } {
  const file = path.join(os.tmpdir(), `solver-bench-${process.pid}.bin`);
  fs.writeFileSync(file, values);
  const script = [
    'import sys, time, numpy as np',
    'from scipy.optimize import linear_sum_assignment',
    `a = np.fromfile(sys.argv[1]).reshape(${n}, ${n})`,
    'ts = []',
    `for _ in range(${runs}):`,
    '    t = time.perf_counter(); r, c = linear_sum_assignment(a, maximize=True); ts.append(time.perf_counter() - t)',
    'ts.sort(); print(ts[len(ts) // 2] * 1000, a[r, c].sum())',
  ].join('\n');
  try {
    const out = execFileSync('python3', ['-c', script, file]).toString().trim().split(' ');
    return { ms: Number(out[0]), total: Number(out[1]) };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function munkresRun(values: Float64Array, n: number, runs: number) {
  let munkres: ((cost: number[][]) => [number, number][]) | null = null;
  try {
    munkres = (await import('munkres')).munkres as (cost: number[][]) => [number, number][];
  } catch {
    return null;
  }
  const cost = Array.from({ length: n }, (_, i) =>
    Array.from(values.subarray(i * n, (i + 1) * n), (s) => 1 - s),
  );
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const [pairs, ms] = time(() => (munkres as (cost: number[][]) => [number, number][])(cost));
    times.push(ms);
    total = pairs.reduce((sum, [i, j]) => sum + (values[i * n + j] as number), 0);
  }
  return { ms: median(times), total };
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log('pool | solver | seconds | matched | total | note');

if (wants('dense')) {
  const scipy = scipyAvailable();
  for (const [n, runs] of [
    [2000, 5],
    [5000, 3],
  ] as const) {
    const values = uniformScores(n, 20_240 + n);
    const capacities = new Array<number>(n).fill(1);
    const times: number[] = [];
    let result = solveAssignment({ scores: { mentees: n, mentors: n, values }, capacities });
    for (let r = 0; r < runs; r++) {
      const [next, ms] = time(() =>
        solveAssignment({ scores: { mentees: n, mentors: n, values }, capacities }),
      );
      times.push(ms);
      result = next;
    }
    if (!result.ok) throw new Error(result.error.message);
    report(
      `uniform ${n}x${n}`,
      'solveAssignment',
      seconds(median(times)),
      result.matched,
      result.total.toFixed(6),
      `median of ${runs}`,
    );
    const [dense, denseMs] = time(() =>
      solveAssignment({ scores: { mentees: n, mentors: n, values }, capacities }, { engine: 'dense' }),
    );
    if (!dense.ok) throw new Error(dense.error.message);
    report(
      `uniform ${n}x${n}`,
      'solveAssignment dense engine',
      seconds(denseMs),
      dense.matched,
      dense.total.toFixed(6),
      'one run',
    );
    if (scipy) {
      const s = scipyRun(values, n, runs);
      report(
        `uniform ${n}x${n}`,
        'scipy linear_sum_assignment',
        seconds(s.ms),
        n,
        s.total.toFixed(6),
        `median of ${runs}`,
      );
    } else
      report(
        `uniform ${n}x${n}`,
        'scipy linear_sum_assignment',
        '-',
        '-',
        '-',
        'python3 with scipy not found',
      );
    const munkresRuns = n > 2000 ? 1 : 3;
    const mk = await munkresRun(values, n, munkresRuns);
    if (mk)
      report(
        `uniform ${n}x${n}`,
        'munkres (npm)',
        seconds(mk.ms),
        n,
        mk.total.toFixed(6),
        `median of ${munkresRuns}`,
      );
    else report(`uniform ${n}x${n}`, 'munkres (npm)', '-', '-', '-', 'munkres not installed');
  }
}

if (wants('popular')) {
  const n = 10_000;
  const pool = sectorPool(n, n, 100, 99);
  const capacities = new Array<number>(n).fill(1);
  const [values, buildMs] = time(() => sectorPoolMatrix(pool));
  console.log(`(built the 10,000 x 10,000 matrix in ${seconds(buildMs)} s)`);
  const [dense, denseMs] = time(() =>
    solveAssignment({ scores: { mentees: n, mentors: n, values }, capacities }),
  );
  if (!dense.ok) throw new Error(dense.error.message);
  report(
    'popular 10000x10000',
    'solveAssignment (dense)',
    seconds(denseMs),
    dense.matched,
    dense.total.toFixed(6),
    'exact',
  );
  const generator = sectorCandidateGenerator(pool);
  const base = { mentees: n, mentors: n, capacities, scorePair: pool.score, ...generator };
  for (const [label, options] of [
    ['top 50 only (1 round)', { initialCandidates: 50, maxRounds: 1 }],
    ['sparse, priced', {}],
  ] as const) {
    const [sparse, ms] = time(() => solveSparseAssignment({ ...base, ...options }));
    if (!sparse.ok) throw new Error(sparse.error.message);
    report(
      'popular 10000x10000',
      `solveSparseAssignment ${label}`,
      seconds(ms),
      sparse.matched,
      sparse.total.toFixed(6),
      `rounds ${sparse.rounds}, converged ${sparse.converged}, gap bound ${sparse.optimalityGap.toExponential(2)}, ` +
        `dense - sparse total ${(dense.total - sparse.total).toExponential(2)}, edges ${sparse.candidateEdges}`,
    );
  }
}

if (wants('sparse')) {
  // SPARSE_SIZES=10000,100000 picks the sizes; the dense optimum is computed too where the matrix fits
  // (10,000 a side, 800 MB), to report how far the sparse total is from it.
  const sizes = (process.env.SPARSE_SIZES ?? '10000,20000,50000,100000').split(',').map(Number);
  for (const n of sizes) {
    for (const popular of [0, n / 100]) {
      const pool = sectorPool(n, n, popular, 7);
      const generator = sectorCandidateGenerator(pool);
      const capacities = new Array<number>(n).fill(1);
      const label = `sectors${popular ? ` + ${popular} popular` : ''} ${n}x${n}`;
      let dense: { matched: number; total: number } | null = null;
      if (n <= 10_000) {
        const values = sectorPoolMatrix(pool);
        const [result, denseMs] = time(() =>
          solveAssignment({ scores: { mentees: n, mentors: n, values }, capacities }),
        );
        if (!result.ok) throw new Error(result.error.message);
        dense = result;
        report(
          label,
          'solveAssignment (dense)',
          seconds(denseMs),
          result.matched,
          result.total.toFixed(6),
          'exact',
        );
      }
      const [sparse, ms] = time(() =>
        solveSparseAssignment({ mentees: n, mentors: n, capacities, scorePair: pool.score, ...generator }),
      );
      if (!sparse.ok) throw new Error(sparse.error.message);
      const versus = dense
        ? `, dense - sparse total ${(dense.total - sparse.total).toExponential(2)}, matched ${dense.matched === sparse.matched ? 'same' : 'DIFFERENT'}`
        : '';
      report(
        label,
        'solveSparseAssignment',
        seconds(ms),
        sparse.matched,
        sparse.total.toFixed(6),
        `rounds ${sparse.rounds}, converged ${sparse.converged}, gap bound ${sparse.optimalityGap.toExponential(2)}, edges ${sparse.candidateEdges}, pricing calls ${sparse.pricingCalls}${versus}`,
      );
    }
  }
}
void rows;
