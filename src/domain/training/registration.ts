/**
 * Places in a training session: a registration takes a place while there is one, otherwise it joins
 * the waiting list; when someone cancels, the longest waiting moves up. Never more registered than
 * the capacity.
 */
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled' | 'attended' | 'absent';

/** Registrations that hold a place. */
export const placeHolding: readonly RegistrationStatus[] = ['registered', 'attended', 'absent'];

export function placeFor(holdingPlaces: number, capacity: number): 'registered' | 'waitlisted' {
  return holdingPlaces < capacity ? 'registered' : 'waitlisted';
}

/** How many from the waiting list move up after a change: the free places, at most the waiting. */
export function movesUp(holdingPlaces: number, capacity: number, waiting: number): number {
  return Math.max(0, Math.min(capacity - holdingPlaces, waiting));
}

export type SessionProblem = 'training.ends_before_start' | 'training.capacity_invalid';

export function checkSession(input: {
  startsAt: string;
  endsAt: string;
  capacity: number;
}): SessionProblem | null {
  if (new Date(input.endsAt).getTime() <= new Date(input.startsAt).getTime())
    return 'training.ends_before_start';
  if (!Number.isInteger(input.capacity) || input.capacity < 1) return 'training.capacity_invalid';
  return null;
}

/** The modules a person still has to follow before matching: required for their side, not attended. */
export function missingRequiredModules(
  kind: 'mentee' | 'mentor',
  required: ReadonlyArray<{ id: string; code: string; audience: string }>,
  attendedModuleIds: ReadonlySet<string>,
): string[] {
  return required
    .filter((m) => (m.audience === kind || m.audience === 'both') && !attendedModuleIds.has(m.id))
    .map((m) => m.code);
}
