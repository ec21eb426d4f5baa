import type { MatchRun } from '../../contracts/matching.js';

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (
    Math.round(((sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low)) * 1e4) /
    1e4
  );
}

/** The fairness report of a run: score distribution, mentor load, and who waited how long. */
export function fairnessReport(input: {
  menteesInPool: number;
  mentors: Array<{ name: string; places: number }>;
  pairs: Array<{ score: number; mentorName: string; waitingDays: number }>;
  unmatchedWaitingDays: number[];
}): MatchRun['fairness'] {
  const scores = input.pairs.map((p) => p.score).sort((a, b) => a - b);
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const score of scores) histogram[Math.min(9, Math.floor(score * 10))]! += 1;
  const load = new Map<string, number>();
  for (const pair of input.pairs) load.set(pair.mentorName, (load.get(pair.mentorName) ?? 0) + 1);
  return {
    menteesInPool: input.menteesInPool,
    mentorsInPool: input.mentors.length,
    placesInPool: input.mentors.reduce((sum, m) => sum + m.places, 0),
    matched: input.pairs.length,
    totalScore: Math.round(scores.reduce((a, b) => a + b, 0) * 1e6) / 1e6,
    scoreHistogram: histogram,
    scoreQuartiles: [0, 0.25, 0.5, 0.75, 1].map((q) => quantile(scores, q)),
    mentorLoad: input.mentors.map((m) => ({
      mentor: m.name,
      proposed: load.get(m.name) ?? 0,
      places: m.places,
    })),
    waitingDays: {
      matchedMedian: median(input.pairs.map((p) => p.waitingDays)),
      unmatchedMedian: median(input.unmatchedWaitingDays),
      matchedMax: Math.max(0, ...input.pairs.map((p) => p.waitingDays)),
    },
  };
}
