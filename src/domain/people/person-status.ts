import { isOneOf } from '../../contracts/base-vocabulary.js';
import {
  menteeDecidableStatuses,
  menteeDecisions,
  mentorDecidableStatuses,
  mentorDecisions,
  type PersonKind,
  undecidedStatuses,
} from '../../contracts/people-vocabulary.js';
import { localDay } from '../cadence/calendar.js';

/**
 * The lifecycles of DESIGN.md section 3, up to the point where matching takes over:
 * mentee: applied -> intake_planned -> assessed -> ready_to_match | ineligible;
 * mentor: applied -> intake_planned -> accepted | declined (training and availability follow).
 * A decision may also come straight after the intake is planned (the assessment can be recorded
 * in the same sitting), and a coach may reconsider an ineligible or declined person.
 */
export type { PersonKind };

export type Decision = (typeof menteeDecisions)[number] | (typeof mentorDecisions)[number];

export type StatusProblem =
  | 'person.wrong_kind'
  | 'person.invalid_transition'
  | 'person.override_reason_required'
  | 'person.reason_required';

const decisionsByKind: Record<PersonKind, readonly Decision[]> = {
  mentee: menteeDecisions,
  mentor: mentorDecisions,
};

const decidableFrom: Record<PersonKind, readonly string[]> = {
  mentee: menteeDecidableStatuses,
  mentor: mentorDecidableStatuses,
};

/** Where planning an intake leads from: only before a decision. */
export function canPlanIntake(status: string): boolean {
  return status === 'applied' || status === 'intake_planned';
}

/**
 * Recording the assessment moves a person to "assessed" (intake done) only once the intake took
 * place: held on a recorded date, or planned and its time has passed. Saved before the planned
 * intake, it is the coach's preparation and the status stays. A mentor keeps a later status.
 */
export function statusAfterAssessment<S extends string>(
  kind: PersonKind,
  status: S,
  intakeHeld = true,
): { ok: true; status: S | 'assessed' } | { ok: false; problem: StatusProblem } {
  const allowed =
    kind === 'mentee'
      ? ['applied', 'intake_planned', 'assessed', 'ready_to_match', 'ineligible']
      : ['applied', 'intake_planned', 'accepted', 'declined', 'assessed'];
  if (!allowed.includes(status)) return { ok: false, problem: 'person.invalid_transition' };
  if (status === 'applied' || status === 'intake_planned')
    return { ok: true, status: intakeHeld ? 'assessed' : status };
  return { ok: true, status };
}

/** Whether the intake took place by `now`: recorded as held, or planned and its start has passed. */
export function isIntakeHeld(
  intake: { startsAt?: string; heldAt?: string | null } | null,
  now: Date,
): boolean {
  if (!intake) return false;
  if (intake.heldAt) return true;
  return intake.startsAt !== undefined && Date.parse(intake.startsAt) <= now.getTime();
}

/**
 * Checks for recording an intake held on a past date (a walk-in, or one told afterwards): not in the
 * future, not before the day of the application, and only before a decision was taken.
 */
export function checkHeldIntake(
  input: { heldAt: string },
  person: { status: string; appliedAt: string },
  now: Date,
): { ok: true } | { ok: false; problem: 'intake.in_future' | 'intake.before_application' | StatusProblem } {
  if (!isOneOf(undecidedStatuses, person.status)) return { ok: false, problem: 'person.invalid_transition' };
  const at = Date.parse(input.heldAt);
  if (at > now.getTime()) return { ok: false, problem: 'intake.in_future' };
  // By Brussels day: a walk-in applies and has the intake in the same hour.
  if (localDay(new Date(at)) < localDay(new Date(person.appliedAt)))
    return { ok: false, problem: 'intake.before_application' };
  return { ok: true };
}

export interface DecisionInput {
  kind: PersonKind;
  status: string;
  decision: Decision;
  eligibilityFailed: readonly string[];
  reasonCode?: string | undefined;
  overrideReason?: string | undefined;
}

/**
 * The coach's decision after the intake. Saying no needs a reason from the list; making a mentee who
 * failed an eligibility rule ready to match needs a written override reason (which is audited).
 */
export function decide(
  input: DecisionInput,
): { ok: true; status: Decision; overridden: boolean } | { ok: false; problem: StatusProblem } {
  if (!decisionsByKind[input.kind].includes(input.decision))
    return { ok: false, problem: 'person.wrong_kind' };
  if (!decidableFrom[input.kind].includes(input.status))
    return { ok: false, problem: 'person.invalid_transition' };
  if ((input.decision === 'ineligible' || input.decision === 'declined') && !input.reasonCode)
    return { ok: false, problem: 'person.reason_required' };
  const overridden = input.decision === 'ready_to_match' && input.eligibilityFailed.length > 0;
  if (overridden && !input.overrideReason) return { ok: false, problem: 'person.override_reason_required' };
  return { ok: true, status: input.decision, overridden };
}

/**
 * What has to happen first when a step does not fit the person's status, so the coach is told what
 * to do rather than only "not now": plan the intake, record its assessment, change the assessment
 * instead of planning another intake, or nothing (the person is past the intake and decision).
 */
export type FirstStep = 'plan_intake' | 'record_assessment' | 'change_assessment' | 'past_intake';

export function firstStepBefore(
  kind: PersonKind,
  status: string,
  action: 'plan_intake' | 'assess' | 'decide',
): FirstStep {
  if (action === 'plan_intake')
    return decidableFrom[kind].includes(status) ? 'change_assessment' : 'past_intake';
  if (action === 'decide' && status === 'applied')
    return kind === 'mentee' ? 'record_assessment' : 'plan_intake';
  if (action === 'decide' && status === 'intake_planned') return 'record_assessment';
  return 'past_intake';
}
