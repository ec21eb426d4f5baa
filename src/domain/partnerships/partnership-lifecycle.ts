import {
  type EndReason,
  type PartnershipStatus,
  runningStatuses,
  type Side,
} from '../../contracts/partnership-vocabulary.js';
import { addMonths } from '../cadence/calendar.js';
import { fail, ok, type Result } from '../result.js';

/**
 * The partnership lifecycle of DESIGN.md section 3: proposed (by the coach) -> introduced (the first
 * meeting with the coach happened) -> active (both sides accepted; six months, extendable to eight)
 * -> closing (end-of-cycle evaluation) -> completed; or ended early (a reason from the list) from any
 * running state; or declined when a side says no after the introduction.
 */
export {
  type EndReason,
  endReasons,
  type Outcome,
  outcomes,
  type PartnershipStatus,
  partnershipStatuses,
  runningStatuses,
  type Side,
} from '../../contracts/partnership-vocabulary.js';

/** Months of an active partnership, and the longest it may run after an extension. */
export const standardMonths = 6;
export const maximumMonths = 8;

export interface PartnershipState {
  status: PartnershipStatus;
  menteeResponse: 'accepted' | 'declined' | null;
  mentorResponse: 'accepted' | 'declined' | null;
  startedAt: string | null;
  plannedEndAt: string | null;
}

export function isRunning(status: string): boolean {
  return (runningStatuses as readonly string[]).includes(status);
}

function wrongState<T>(state: PartnershipState, action: string): Result<T> {
  return fail(
    'partnership.invalid_transition',
    `A partnership that is ${state.status.replace('_', ' ')} cannot ${action}.`,
    { status: state.status },
  );
}

/** The introduction meeting with the coach took place: both sides may now answer. */
export function recordIntroduction(state: PartnershipState): Result<PartnershipState> {
  if (state.status !== 'proposed') return wrongState(state, 'be introduced');
  return ok({ ...state, status: 'introduced' });
}

/**
 * One side accepts or declines after the introduction. A decline needs a reason and ends the
 * partnership as declined; the second acceptance starts the six months.
 */
export function respond(
  state: PartnershipState,
  side: Side,
  answer: 'accepted' | 'declined',
  reason: string | undefined,
  at: Date,
): Result<PartnershipState> {
  if (state.status !== 'introduced') return wrongState(state, 'be answered');
  const key = side === 'mentee' ? 'menteeResponse' : 'mentorResponse';
  if (state[key] !== null)
    return fail('partnership.already_answered', 'This side has answered already.', { side });
  if (answer === 'declined' && !reason?.trim())
    return fail('partnership.reason_required', 'Say why you decline.', { field: 'reason' });
  const next: PartnershipState = { ...state, [key]: answer };
  if (answer === 'declined') return ok({ ...next, status: 'declined' });
  if (next.menteeResponse === 'accepted' && next.mentorResponse === 'accepted') {
    return ok({
      ...next,
      status: 'active',
      startedAt: at.toISOString(),
      plannedEndAt: addMonths(at, standardMonths).toISOString(),
    });
  }
  return ok(next);
}

/** The coach extends an active partnership; never beyond eight months from its start. */
export function extend(state: PartnershipState, newEnd: Date): Result<PartnershipState> {
  if (state.status !== 'active' || !state.startedAt || !state.plannedEndAt)
    return wrongState(state, 'be extended');
  const latest = addMonths(new Date(state.startedAt), maximumMonths);
  if (newEnd.getTime() > latest.getTime())
    return fail('partnership.extension_too_long', 'A partnership runs at most eight months.', {
      field: 'plannedEndAt',
      latest: latest.toISOString(),
    });
  if (newEnd.getTime() <= new Date(state.plannedEndAt).getTime())
    return fail('partnership.extension_not_later', 'The new end must be later than the planned end.', {
      field: 'plannedEndAt',
    });
  return ok({ ...state, plannedEndAt: newEnd.toISOString() });
}

/** The coach plans the end-of-cycle evaluation: the partnership is closing. */
export function startClosing(state: PartnershipState): Result<PartnershipState> {
  if (state.status !== 'active') return wrongState(state, 'start closing');
  return ok({ ...state, status: 'closing' });
}

/**
 * The coach records the outcome and closes the cycle: only after the evaluation meeting was held,
 * or with a written reason why it was not. The sides whose evaluation is missing are named.
 */
export function complete(
  state: PartnershipState,
  evaluation: { meetingHeld: boolean; skippedReason?: string | undefined; missing: readonly Side[] } = {
    meetingHeld: true,
    missing: [],
  },
): Result<PartnershipState> {
  if (state.status !== 'closing') return wrongState(state, 'be completed');
  if (!evaluation.meetingHeld && !evaluation.skippedReason?.trim())
    return fail(
      'partnership.evaluation_not_held',
      'Hold and log the evaluation meeting first, or say why it did not take place.',
      { field: 'evaluationSkippedReason', missingEvaluations: [...evaluation.missing] },
    );
  return ok({ ...state, status: 'completed' });
}

/** The coach ends a running partnership early, with a reason from the list ("other" needs a text). */
export function endEarly(
  state: PartnershipState,
  reason: EndReason,
  text: string | undefined,
): Result<PartnershipState> {
  if (!isRunning(state.status)) return wrongState(state, 'end early');
  if (reason === 'other' && !text?.trim())
    return fail('partnership.reason_required', 'Describe the reason.', { field: 'reasonText' });
  return ok({ ...state, status: 'ended_early' });
}

/** After an early end the mentee is offered a rematch unless they found work or withdrew. */
export function offersRematch(reason: EndReason): boolean {
  return reason !== 'found_work' && reason !== 'mentee_withdrew';
}
