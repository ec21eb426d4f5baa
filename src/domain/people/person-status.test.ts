import { describe, expect, it } from 'vitest';
import { canPlanIntake, decide, firstStepBefore, statusAfterAssessment } from './person-status.js';

describe('person lifecycle', () => {
  it('plans an intake only before a decision', () => {
    expect(canPlanIntake('applied')).toBe(true);
    expect(canPlanIntake('intake_planned')).toBe(true);
    expect(canPlanIntake('ready_to_match')).toBe(false);
  });

  it('moves a mentee to assessed when the assessment is recorded', () => {
    expect(statusAfterAssessment('mentee', 'intake_planned')).toEqual({ ok: true, status: 'assessed' });
    // Saved before the planned intake took place, the assessment does not mark the intake done.
    expect(statusAfterAssessment('mentee', 'intake_planned', false)).toEqual({
      ok: true,
      status: 'intake_planned',
    });
    expect(statusAfterAssessment('mentor', 'applied', false)).toEqual({ ok: true, status: 'applied' });
    expect(statusAfterAssessment('mentee', 'ready_to_match')).toEqual({ ok: true, status: 'ready_to_match' });
    expect(statusAfterAssessment('mentee', 'in_partnership')).toEqual({
      ok: false,
      problem: 'person.invalid_transition',
    });
  });

  it('makes an assessed mentee ready to match, and asks a reason to say no', () => {
    const base = { kind: 'mentee' as const, status: 'assessed', eligibilityFailed: [] };
    expect(decide({ ...base, decision: 'ready_to_match' })).toEqual({
      ok: true,
      status: 'ready_to_match',
      overridden: false,
    });
    expect(decide({ ...base, decision: 'ineligible' })).toEqual({
      ok: false,
      problem: 'person.reason_required',
    });
    expect(decide({ ...base, decision: 'ineligible', reasonCode: 'withdrew' })).toMatchObject({
      ok: true,
      status: 'ineligible',
    });
  });

  it('needs a written reason to override a failed eligibility rule', () => {
    const base = {
      kind: 'mentee' as const,
      status: 'assessed',
      eligibilityFailed: ['work_experience'],
      decision: 'ready_to_match' as const,
    };
    expect(decide(base)).toEqual({ ok: false, problem: 'person.override_reason_required' });
    expect(
      decide({ ...base, overrideReason: 'Vijf jaar als kok gewerkt in Eritrea, niet ingevuld.' }),
    ).toEqual({ ok: true, status: 'ready_to_match', overridden: true });
  });

  it('refuses a mentor decision for a mentee and a decision before the intake', () => {
    expect(
      decide({ kind: 'mentee', status: 'assessed', eligibilityFailed: [], decision: 'accepted' }),
    ).toEqual({ ok: false, problem: 'person.wrong_kind' });
    expect(
      decide({ kind: 'mentee', status: 'applied', eligibilityFailed: [], decision: 'ready_to_match' }),
    ).toEqual({ ok: false, problem: 'person.invalid_transition' });
    expect(
      decide({ kind: 'mentor', status: 'intake_planned', eligibilityFailed: [], decision: 'accepted' }),
    ).toMatchObject({ ok: true, status: 'accepted' });
  });
});

describe('firstStepBefore', () => {
  it('tells what has to happen before a decision', () => {
    expect(firstStepBefore('mentee', 'applied', 'decide')).toBe('record_assessment');
    expect(firstStepBefore('mentee', 'intake_planned', 'decide')).toBe('record_assessment');
    expect(firstStepBefore('mentor', 'applied', 'decide')).toBe('plan_intake');
    expect(firstStepBefore('mentee', 'in_partnership', 'decide')).toBe('past_intake');
  });

  it('sends a coach who plans a second intake to the assessment instead', () => {
    expect(firstStepBefore('mentee', 'assessed', 'plan_intake')).toBe('change_assessment');
    expect(firstStepBefore('mentor', 'accepted', 'plan_intake')).toBe('change_assessment');
    expect(firstStepBefore('mentee', 'completed', 'plan_intake')).toBe('past_intake');
    expect(firstStepBefore('mentor', 'in_partnership', 'assess')).toBe('past_intake');
  });
});
