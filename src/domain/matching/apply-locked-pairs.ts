import type { DomainError } from '../result.js';

/**
 * Pairs a coach locked are taken out of the pool before solving: the mentee is fixed, the mentor keeps
 * only the capacity that is left. Shared by the dense and the sparse solver so both refuse the same
 * locks with the same codes.
 */
export interface LockedPool {
  /** Mentor index per mentee for locked mentees, -1 for mentees still to be matched. */
  lockedMentor: Int32Array;
  /** Capacity of each mentor once the locked pairs are taken. */
  residualCapacity: Int32Array;
  /** Mentee indices still to be matched, ascending. */
  freeMentees: Int32Array;
}

export type LockedPoolResult = { ok: true; pool: LockedPool } | { ok: false; error: DomainError };

export function invalidProblem(message: string, details?: unknown): { ok: false; error: DomainError } {
  return { ok: false, error: { code: 'matching.invalid_problem', message, details } };
}

/** Checks the capacities (whole numbers, at least 0) and returns them as an Int32Array. */
export function checkCapacities(
  capacities: ArrayLike<number>,
  mentors: number,
): { ok: true; capacities: Int32Array } | { ok: false; error: DomainError } {
  if (capacities.length !== mentors) {
    return invalidProblem(`expected ${mentors} capacities, got ${capacities.length}`, {
      mentors,
      capacities: capacities.length,
    });
  }
  const result = new Int32Array(mentors);
  for (let j = 0; j < mentors; j++) {
    const c = capacities[j] as number;
    if (!Number.isInteger(c) || c < 0 || c > 0x7fffffff) {
      return invalidProblem(`capacity of mentor ${j} must be a whole number of at least 0`, {
        mentor: j,
        capacity: c,
      });
    }
    result[j] = c;
  }
  return { ok: true, capacities: result };
}

/**
 * Validates the locked pairs against the pool: each lock names a real mentee and mentor, a mentee is
 * locked at most once, the pair itself is allowed (`isAllowed`), and no mentor gets more locks than
 * its capacity.
 */
export function applyLockedPairs(
  mentees: number,
  capacities: Int32Array,
  locked: ReadonlyArray<readonly [number, number]>,
  isAllowed: (mentee: number, mentor: number) => boolean,
): LockedPoolResult {
  const mentors = capacities.length;
  const lockedMentor = new Int32Array(mentees).fill(-1);
  const residualCapacity = Int32Array.from(capacities);
  for (const pair of locked) {
    const [i, j] = pair;
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || i >= mentees || j < 0 || j >= mentors) {
      return invalidProblem(`locked pair (${i}, ${j}) is outside the pool`, { mentee: i, mentor: j });
    }
    if (lockedMentor[i] !== -1) {
      return {
        ok: false,
        error: {
          code: 'matching.lock_conflict',
          message: `mentee ${i} is locked more than once`,
          details: { mentee: i, mentors: [lockedMentor[i], j] },
        },
      };
    }
    if (!isAllowed(i, j)) {
      return {
        ok: false,
        error: {
          code: 'matching.lock_impossible',
          message: `locked pair (${i}, ${j}) is an impossible pair`,
          details: { mentee: i, mentor: j },
        },
      };
    }
    lockedMentor[i] = j;
    residualCapacity[j] = (residualCapacity[j] as number) - 1;
    if ((residualCapacity[j] as number) < 0) {
      return {
        ok: false,
        error: {
          code: 'matching.lock_over_capacity',
          message: `mentor ${j} has more locked mentees than its capacity ${capacities[j]}`,
          details: { mentor: j, capacity: capacities[j] },
        },
      };
    }
  }
  let free = 0;
  for (let i = 0; i < mentees; i++) if (lockedMentor[i] === -1) free++;
  const freeMentees = new Int32Array(free);
  for (let i = 0, f = 0; i < mentees; i++) if (lockedMentor[i] === -1) freeMentees[f++] = i;
  return { ok: true, pool: { lockedMentor, residualCapacity, freeMentees } };
}
