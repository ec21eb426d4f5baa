import { describe, expect, it } from 'vitest';
import { menteeStatuses, mentorStatuses } from '../../contracts/people-vocabulary.js';
import { canChangeStatus, personLifecycle } from './person-lifecycle.js';

describe('the person lifecycle table', () => {
  it('takes a mentee from the application through a partnership to its end', () => {
    expect(canChangeStatus('mentee', 'plan_intake', 'applied', 'intake_planned')).toBe(true);
    expect(canChangeStatus('mentee', 'assess', 'intake_planned', 'assessed')).toBe(true);
    expect(canChangeStatus('mentee', 'decide', 'assessed', 'ready_to_match')).toBe(true);
    expect(canChangeStatus('mentee', 'match', 'ready_to_match', 'in_partnership')).toBe(true);
    expect(canChangeStatus('mentee', 'complete', 'in_partnership', 'completed')).toBe(true);
    expect(canChangeStatus('mentee', 'leave_early', 'in_partnership', 'left_early')).toBe(true);
    expect(canChangeStatus('mentee', 'return_to_pool', 'in_partnership', 'ready_to_match')).toBe(true);
    expect(canChangeStatus('mentee', 'follow_up', 'completed', 'followed_up')).toBe(true);
  });

  it('takes a mentor through a partnership and back to available for a new pair', () => {
    expect(canChangeStatus('mentor', 'assess', 'intake_planned', 'assessed')).toBe(true);
    expect(canChangeStatus('mentor', 'decide', 'assessed', 'accepted')).toBe(true);
    expect(canChangeStatus('mentor', 'match', 'accepted', 'in_partnership')).toBe(true);
    expect(canChangeStatus('mentor', 'match', 'available', 'in_partnership')).toBe(true);
    expect(canChangeStatus('mentor', 'release_mentor', 'in_partnership', 'accepted')).toBe(true);
  });

  it('refuses steps out of order, the other kind of person, and a step that changes nothing', () => {
    expect(canChangeStatus('mentee', 'match', 'assessed', 'in_partnership')).toBe(false);
    expect(canChangeStatus('mentee', 'complete', 'ready_to_match', 'completed')).toBe(false);
    expect(canChangeStatus('mentee', 'decide', 'assessed', 'accepted')).toBe(false);
    expect(canChangeStatus('mentor', 'decide', 'assessed', 'ready_to_match')).toBe(false);
    expect(canChangeStatus('mentor', 'release_mentor', 'accepted', 'accepted')).toBe(false);
    expect(canChangeStatus('mentee', 'plan_intake', 'ready_to_match', 'intake_planned')).toBe(false);
    // A reconsidered decision may confirm the status the person has.
    expect(canChangeStatus('mentee', 'decide', 'ready_to_match', 'ready_to_match')).toBe(true);
  });

  it('names only statuses of the kind of person it is about', () => {
    const words = { mentee: menteeStatuses, mentor: mentorStatuses } as const;
    for (const kind of ['mentee', 'mentor'] as const)
      for (const step of personLifecycle[kind])
        for (const status of [...step.from, ...step.to])
          expect(words[kind] as readonly string[], `${kind} ${step.step}`).toContain(status);
  });
});
