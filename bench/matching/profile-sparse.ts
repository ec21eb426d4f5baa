// Profiles one sparse pool: time in the candidate generator (initial lists, onPrices, pricing calls)
// versus the rest (restricted solves). Usage: npx tsx bench/matching/profile-sparse.ts 100000 [popular]
import { solveSparseAssignment } from '../../src/domain/matching/solve-sparse.js';
import { sectorCandidateGenerator, sectorPool } from './solver-pools.js';

const n = Number(process.argv[2] ?? 100_000);
const popular = process.argv.includes('popular') ? n / 100 : 0;
const pool = sectorPool(n, n, popular, 7);
const generator = sectorCandidateGenerator(pool);
let generatorMs = 0;
let calls = 0;
let round = 0;
const perRound: { round: number; calls: number; ms: number; before: number }[] = [];
let lastEnd = performance.now();
const t0 = performance.now();
const result = solveSparseAssignment({
  mentees: n,
  mentors: n,
  capacities: new Array<number>(n).fill(1),
  scorePair: pool.score,
  onPrices: (prices) => {
    const t = performance.now();
    generator.onPrices(prices);
    generatorMs += performance.now() - t;
    perRound.push({ round: round++, calls: 0, ms: performance.now() - t, before: t - lastEnd });
    lastEnd = performance.now();
  },
  findCandidates: (i, prices, count, floor) => {
    const t = performance.now();
    const out = generator.findCandidates(i, prices, count, floor);
    const ms = performance.now() - t;
    generatorMs += ms;
    lastEnd = performance.now();
    calls++;
    const last = perRound[perRound.length - 1];
    if (last) {
      last.calls++;
      last.ms += ms;
    }
    return out;
  },
});
const totalMs = performance.now() - t0;
if (!result.ok) throw new Error(result.error.message);
console.log(
  `${popular ? `sectors + ${popular} popular` : 'sectors'} ${n}: ${(totalMs / 1000).toFixed(1)} s, generator ${(generatorMs / 1000).toFixed(1)} s (${calls} calls), rest ${((totalMs - generatorMs) / 1000).toFixed(1)} s; matched ${result.matched}, total ${result.total.toFixed(6)}, rounds ${result.rounds}, pricing calls ${result.pricingCalls}, gap ${result.optimalityGap.toExponential(2)}`,
);
for (const r of perRound)
  console.log(
    `  round ${r.round}: solve etc. ${(r.before / 1000).toFixed(2)} s, then pricing ${r.calls} calls ${(r.ms / 1000).toFixed(2)} s`,
  );
console.log(`  after the last pricing: ${((totalMs - (lastEnd - t0)) / 1000).toFixed(2)} s`);
