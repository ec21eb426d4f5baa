import { isOneOf } from '../../contracts/base-vocabulary.js';
import { runningStatuses } from '../../contracts/partnership-vocabulary.js';
import { isParticipant } from '../people/participant-facts.js';
import { fail, ok, type Result } from '../result.js';

/**
 * The rules of an erasure (GDPR art. 17; docs/privacy.md): who can be erased now, and whether a legal
 * duty puts the minimum evidence on hold first. Pure: the day and the settings come in.
 */
export interface ErasureCase {
  kind: string;
  status: string;
  erasedAt: string | null;
  hasParticipantFacts: boolean;
  partnershipStatuses: readonly string[];
  reason: string;
  /** YYYY-MM-DD. */
  today: string;
  /** ESF_HOLD_UNTIL, or null for the default. */
  holdUntilSetting: string | null;
}

export interface ErasureDecision {
  /** The ESF+ record and the date of birth stay, hidden, until `heldUntil`. */
  keepEvidence: boolean;
  heldUntil: string | null;
}

export const erasureReasonLimits = { min: 3, max: 500 } as const;

/**
 * ESF+ evidence is kept for five years from the end of the year (Regulation (EU) 2021/1060, art. 82:
 * documents are kept five years from 31 December of the year of the last payment); a programme whose
 * grant closes later sets ESF_HOLD_UNTIL.
 */
export function defaultHoldUntil(today: string): string {
  return `${Number(today.slice(0, 4)) + 5}-12-31`;
}

export function decideErasure(c: ErasureCase): Result<ErasureDecision> {
  const reason = c.reason.trim();
  if (reason.length < erasureReasonLimits.min || reason.length > erasureReasonLimits.max)
    return fail(
      'privacy.erasure_reason_required',
      `reason: give why the person is erased, in ${erasureReasonLimits.min} to ${erasureReasonLimits.max} characters (the request's date and channel, never a name).`,
      [{ path: ['reason'], message: 'length' }],
    );
  if (c.erasedAt !== null) return fail('privacy.already_erased', 'This person was erased already.');
  if (c.partnershipStatuses.some((s) => isOneOf(runningStatuses, s)))
    return fail(
      'privacy.erasure_running_partnership',
      'This person is in a running partnership: end it first, so that the other side is told.',
    );
  const held = c.hasParticipantFacts && isParticipant(c.kind, c.status);
  if (!held) return ok({ keepEvidence: false, heldUntil: null });
  const until = c.holdUntilSetting ?? defaultHoldUntil(c.today);
  // A hold whose end has passed keeps nothing.
  return until <= c.today
    ? ok({ keepEvidence: false, heldUntil: null })
    : ok({ keepEvidence: true, heldUntil: until });
}
