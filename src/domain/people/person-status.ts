/**
 * The lifecycles of DESIGN.md section 3, up to the point where matching takes over:
 * mentee: applied -> intake_planned -> assessed -> ready_to_match | ineligible;
 * mentor: applied -> intake_planned -> accepted | declined (training and availability follow).
 * A decision may also come straight after the intake is planned (the assessment can be recorded
 * in the same sitting), and a coach may reconsider an ineligible or declined person.
 */
export type PersonKind = 'mentee' | 'mentor';

export type Decision = 'ready_to_match' | 'ineligible' | 'accepted' | 'declined';

export type StatusProblem =
  | 'person.wrong_kind'
  | 'person.invalid_transition'
  | 'person.override_reason_required'
  | 'person.reason_required';

const decisionsByKind: Record<PersonKind, readonly Decision[]> = {
  mentee: ['ready_to_match', 'ineligible'],
  mentor: ['accepted', 'declined'],
};

const decidableFrom: Record<PersonKind, readonly string[]> = {
  mentee: ['assessed', 'ineligible', 'ready_to_match'],
  mentor: ['intake_planned', 'assessed', 'declined', 'accepted'],
};

/** Where planning an intake leads from: only before a decision. */
export function canPlanIntake(status: string): boolean {
  return status === 'applied' || status === 'intake_planned';
}

/** Recording the assessment moves a mentee to "assessed"; a mentor keeps their status until screened. */
export function statusAfterAssessment(
  kind: PersonKind,
  status: string,
): { ok: true; status: string } | { ok: false; problem: StatusProblem } {
  const allowed =
    kind === 'mentee'
      ? ['applied', 'intake_planned', 'assessed', 'ready_to_match', 'ineligible']
      : ['applied', 'intake_planned', 'accepted', 'declined', 'assessed'];
  if (!allowed.includes(status)) return { ok: false, problem: 'person.invalid_transition' };
  if (kind === 'mentee' && (status === 'applied' || status === 'intake_planned'))
    return { ok: true, status: 'assessed' };
  if (kind === 'mentor' && (status === 'applied' || status === 'intake_planned'))
    return { ok: true, status: 'assessed' };
  return { ok: true, status };
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
): { ok: true; status: string; overridden: boolean } | { ok: false; problem: StatusProblem } {
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
