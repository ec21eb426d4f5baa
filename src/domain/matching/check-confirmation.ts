import type { ErrorCode } from '../../contracts/error-codes.js';
import type { MatchRun } from '../../contracts/matching.js';
import { fail, ok, type Result } from '../result.js';

/** A pair the coach confirms from a run; another mentor than the engine's needs a reason. */
export interface ConfirmPair {
  menteeId: string;
  mentorId: string;
  overrideReason?: string | undefined;
}

/** A confirmed pair with the score the run showed for it (null for a mentor outside the top two). */
export interface CheckedPair extends ConfirmPair {
  score: number | null;
}

/**
 * Whether the coach may confirm these pairs of this run: the run is still proposed, every mentee is
 * proposed in it once, every mentor appears in it, and choosing otherwise than the engine is
 * explained. Every problem is named with its place in the request.
 */
export function checkConfirmation(run: MatchRun, pairs: readonly ConfirmPair[]): Result<CheckedPair[]> {
  if (run.status !== 'proposed')
    return fail('matching.already_confirmed', 'This run has been confirmed already; start a new run.');
  const problems: Array<{ path: Array<string | number>; code: ErrorCode; message: string }> = [];
  const proposedFor = new Map(run.pairs.map((p) => [p.mentee.id, p]));
  const mentorsInRun = new Set<string>();
  for (const p of run.pairs) {
    mentorsInRun.add(p.mentor.id);
    for (const a of p.alternatives) mentorsInRun.add(a.mentor.id);
  }
  const seenMentees = new Set<string>();
  const checked: CheckedPair[] = [];
  for (const [index, pair] of pairs.entries()) {
    const proposal = proposedFor.get(pair.menteeId);
    if (!proposal || !mentorsInRun.has(pair.mentorId) || seenMentees.has(pair.menteeId)) {
      problems.push({
        path: ['pairs', index],
        code: 'matching.person_not_in_run',
        message: 'This pair is not part of the run.',
      });
      continue;
    }
    seenMentees.add(pair.menteeId);
    if (proposal.mentor.id !== pair.mentorId && !pair.overrideReason) {
      problems.push({
        path: ['pairs', index, 'overrideReason'],
        code: 'matching.override_reason_required',
        message: 'Say why you choose another mentor than the engine.',
      });
    }
    const score =
      proposal.mentor.id === pair.mentorId
        ? proposal.score
        : (proposal.alternatives.find((a) => a.mentor.id === pair.mentorId)?.score ?? null);
    checked.push({ ...pair, score });
  }
  if (problems.length) return fail(problems[0]!.code, problems[0]!.message, problems);
  return ok(checked);
}
