import type { MatchRun } from '../../contracts/matching.js';
import type { RunExplanation } from '../../domain/matching/explain-run.js';
import type { MenteeMatchProfile, MentorMatchProfile } from '../../domain/matching/match-profile.js';
import { fairnessReport } from './fairness.js';
import type { PoolPerson } from './load-pool.js';

/**
 * A person as the run shows them. A mentor shared by a sister association shows only what matching
 * needs: name, association, sector and languages (no postcode; contact details and notes never).
 */
export function presentPoolPerson(person: PoolPerson, sharedFrom: ReadonlySet<string> = new Set()) {
  const shared = person.associationId !== null && sharedFrom.has(person.associationId);
  return {
    id: person.id,
    name: person.name,
    associationName: person.associationName,
    sectorCode: person.sectorCode,
    languages: person.languages,
    postcode: shared ? null : person.postcode,
    shared,
  };
}

/** Everything a run shows besides its explanation: who ran it, on which pool, and when. */
export interface RunHeader {
  id: string;
  createdAt: string;
  createdBy: string;
  associationId: string | null;
  associationName: string | null;
  solveMs: number;
}

/** The pool a run was explained on (the explanation's indices point into these lists). */
export interface PresentedPool {
  mentees: ReadonlyArray<{ profile: MenteeMatchProfile; person: PoolPerson }>;
  mentors: ReadonlyArray<{ profile: MentorMatchProfile; person: PoolPerson; capacity: number }>;
  /** Associations whose mentors are shared with this pool: their mentors show less. */
  sharedFrom: ReadonlySet<string>;
}

/** The run as proposed and stored (docs/decisions/007-matching-run-format.md): names instead of indices. */
export function presentRun(header: RunHeader, pool: PresentedPool, explanation: RunExplanation): MatchRun {
  const { mentees, mentors, sharedFrom } = pool;
  const menteeOf = (i: number) => {
    const mentee = mentees[i]!;
    return { ...presentPoolPerson(mentee.person), waitingDays: mentee.person.waitingDays };
  };
  const pairs: MatchRun['pairs'] = explanation.pairs.map((pair) => ({
    mentee: menteeOf(pair.mentee),
    mentor: presentPoolPerson(mentors[pair.mentor]!.person, sharedFrom),
    score: pair.score,
    criteria: pair.criteria,
    locked: pair.locked,
    alternatives: pair.alternatives.map((a) => ({
      mentor: presentPoolPerson(mentors[a.mentor]!.person, sharedFrom),
      score: a.score,
      delta: a.delta,
      displaces: a.displaces === null ? null : (mentees[a.displaces]?.person.name ?? null),
    })),
  }));
  const unmatched: MatchRun['unmatched'] = explanation.unmatched.map((u) => {
    const mentee = mentees[u.mentee]!;
    return {
      mentee: menteeOf(u.mentee),
      reason: u.reason,
      constraints: u.constraints,
      params: {
        sector: mentee.profile.sectorCode ?? '',
        languages: mentee.person.languages.join(', '),
        ...(u.modules !== null ? { modules: u.modules } : {}),
      },
    };
  });
  return {
    id: header.id,
    createdAt: header.createdAt,
    createdBy: header.createdBy,
    associationId: header.associationId,
    associationName: header.associationName,
    status: 'proposed',
    pairs,
    unmatched,
    fairness: fairnessReport({
      menteesInPool: mentees.length,
      mentors: mentors.map((x) => ({ name: x.person.name, places: x.capacity })),
      pairs: pairs.map((p) => ({
        score: p.score,
        mentorName: p.mentor.name,
        waitingDays: p.mentee.waitingDays,
      })),
      unmatchedWaitingDays: unmatched.map((u) => u.mentee.waitingDays),
    }),
    solveMs: header.solveMs,
  };
}
