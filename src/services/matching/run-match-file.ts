import type { z } from 'zod';
import {
  type MatrixInput,
  matrixInputSchema,
  type PoolInput,
  poolInputSchema,
} from '../../contracts/match-input.js';
import type { MenteeMatchProfile, MentorMatchProfile } from '../../domain/matching/match-profile.js';
import { checkWeights, type Weights } from '../../domain/matching/score-pair.js';
import { pairKey, scorePool } from '../../domain/matching/score-pool.js';
import { type ScoreMatrix, solveAssignment } from '../../domain/matching/solve-assignment.js';

export interface MatchOutput {
  pairs: Array<{ mentee: string; mentor: string; score: number }>;
  matched: number;
  totalScore: number;
  timing?: { parseMs: number; scoreMs: number; solveMs: number };
}

export type MatchFileResult = { ok: true; output: MatchOutput } | { ok: false; problem: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

function duplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

function lockIndexes(
  locked: ReadonlyArray<readonly [string, string]> | undefined,
  menteeIndex: Map<string, number>,
  mentorIndex: Map<string, number>,
) {
  const pairs: Array<[number, number]> = [];
  for (const [mentee, mentor] of locked ?? []) {
    const i = menteeIndex.get(mentee);
    const j = mentorIndex.get(mentor);
    if (i === undefined || j === undefined)
      return { ok: false as const, problem: `locked pair [${mentee}, ${mentor}] names an unknown id` };
    pairs.push([i, j]);
  }
  return { ok: true as const, pairs };
}

/** The locations of Belgian postcodes, for pools whose profiles give a postcode. */
export type PostcodeLocator = (postcode: string) => { latitude: number; longitude: number } | null;

function toProfiles(input: PoolInput, locate: PostcodeLocator) {
  const location = (p: {
    location?: { latitude: number; longitude: number } | null;
    postcode?: string | null;
  }) => p.location ?? (p.postcode ? locate(p.postcode) : null);
  const common = (p: PoolInput['mentees'][number] | PoolInput['mentors'][number]) => ({
    id: p.id,
    personId: p.personId ?? p.id,
    sectorCode: p.sectorCode ?? null,
    sectorSection: p.sectorCode && /^[A-U]$/.test(p.sectorCode) ? p.sectorCode : null,
    iscoCode: p.iscoCode ?? null,
    languages: p.languages,
    skills: p.skills,
    interests: p.interests,
    availability: p.availability,
    location: location(p),
    meets: p.meets,
    missingTraining: p.missingTraining,
  });
  const mentees: MenteeMatchProfile[] = input.mentees.map((p) => ({
    ...common(p),
    waitingDays: p.waitingDays,
  }));
  const mentors: MentorMatchProfile[] = input.mentors.map((p) => ({
    ...common(p),
    freePlaces: p.capacity,
    screened: p.screened,
  }));
  return { mentees, mentors };
}

/**
 * `mentor2work match`: reads a score matrix or a pool of profiles, solves it exactly (most mentees
 * matched, then the largest total score) and returns the pairs. Bad input is a problem named in one
 * line, never a stack trace.
 */
export function runMatchFile(
  text: string,
  options: { timing: boolean; sectionOf?: (division: string) => string | null; locate?: PostcodeLocator },
): MatchFileResult {
  const t0 = performance.now();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: `input is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const isMatrix = typeof json === 'object' && json !== null && 'scores' in json;
  const parsed = isMatrix ? matrixInputSchema.safeParse(json) : poolInputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: `wrong shape: ${describeIssues(parsed.error)}` };

  const menteeIds = parsed.data.mentees.map((m) => (typeof m === 'string' ? m : m.id));
  const mentorIds = parsed.data.mentors.map((m) => m.id);
  const dupMentee = duplicate(menteeIds);
  if (dupMentee) return { ok: false, problem: `duplicate mentee id "${dupMentee}"` };
  const dupMentor = duplicate(mentorIds);
  if (dupMentor) return { ok: false, problem: `duplicate mentor id "${dupMentor}"` };
  const menteeIndex = new Map(menteeIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(mentorIds.map((id, j) => [id, j]));
  const capacities = parsed.data.mentors.map((m) => m.capacity);
  const parseMs = performance.now() - t0;

  let matrix: ScoreMatrix;
  const t1 = performance.now();
  if (isMatrix) {
    const input = parsed.data as MatrixInput;
    if (input.scores.length !== input.mentees.length)
      return {
        ok: false,
        problem: `wrong shape: scores has ${input.scores.length} rows for ${input.mentees.length} mentees`,
      };
    const values = new Float64Array(input.mentees.length * input.mentors.length);
    for (const [i, row] of input.scores.entries()) {
      if (row.length !== input.mentors.length)
        return {
          ok: false,
          problem: `wrong shape: scores[${i}] has ${row.length} entries for ${input.mentors.length} mentors`,
        };
      for (const [j, s] of row.entries()) values[i * input.mentors.length + j] = s === null ? Number.NaN : s;
    }
    matrix = { mentees: input.mentees.length, mentors: input.mentors.length, values };
  } else {
    const input = parsed.data as PoolInput;
    const weights = checkWeights((input.weights ?? {}) as Partial<Weights>);
    if (!weights.ok) return { ok: false, problem: `weights: ${weights.problem}` };
    for (const [mentee, mentor] of input.blocked ?? []) {
      if (!menteeIndex.has(mentee) || !mentorIndex.has(mentor))
        return { ok: false, problem: `blocked pair [${mentee}, ${mentor}] names an unknown id` };
    }
    const { mentees, mentors } = toProfiles(input, options.locate ?? (() => null));
    for (const profile of [...mentees, ...mentors])
      profile.sectorSection ??= profile.sectorCode ? (options.sectionOf?.(profile.sectorCode) ?? null) : null;
    const pool = scorePool(
      mentees,
      mentors,
      weights.weights,
      new Set((input.blocked ?? []).map(([a, b]) => pairKey(a, b))),
    );
    matrix = { mentees: pool.mentees, mentors: pool.mentors, values: pool.values };
  }
  const scoreMs = performance.now() - t1;

  const locks = lockIndexes(parsed.data.locked, menteeIndex, mentorIndex);
  if (!locks.ok) return { ok: false, problem: locks.problem };
  const t2 = performance.now();
  const solved = solveAssignment({ scores: matrix, capacities, locked: locks.pairs });
  const solveMs = performance.now() - t2;
  if (!solved.ok) return { ok: false, problem: `${solved.error.code}: ${solved.error.message}` };

  const pairs: MatchOutput['pairs'] = [];
  let total = 0;
  for (let i = 0; i < menteeIds.length; i++) {
    const j = solved.assignment[i] ?? -1;
    if (j < 0) continue;
    const score = matrix.values[i * matrix.mentors + j] ?? 0;
    total += score;
    pairs.push({ mentee: menteeIds[i]!, mentor: mentorIds[j]!, score });
  }
  const output: MatchOutput = { pairs, matched: pairs.length, totalScore: Math.round(total * 1e9) / 1e9 };
  if (options.timing)
    output.timing = { parseMs: round(parseMs), scoreMs: round(scoreMs), solveMs: round(solveMs) };
  return { ok: true, output };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
