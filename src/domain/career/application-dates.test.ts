import { describe, expect, it } from 'vitest';
import { checkApplicationDates } from './application-dates.js';

describe('checkApplicationDates', () => {
  const today = '2026-12-03';

  it('accepts an application sent today or earlier with a next step on the same day or later', () => {
    expect(checkApplicationDates({ appliedOn: today, nextStepOn: today }, today)).toEqual([]);
    expect(checkApplicationDates({ appliedOn: '2026-11-20', nextStepOn: '2026-12-10' }, today)).toEqual([]);
    expect(checkApplicationDates({ appliedOn: '2026-11-20', nextStepOn: null }, today)).toEqual([]);
  });

  it('refuses an application date in the future', () => {
    expect(checkApplicationDates({ appliedOn: '2026-12-04', nextStepOn: null }, today)).toEqual([
      { field: 'appliedOn', code: 'job_application.applied_in_future' },
    ]);
  });

  it('refuses a next step before the application', () => {
    expect(checkApplicationDates({ appliedOn: '2026-11-20', nextStepOn: '2026-11-19' }, today)).toEqual([
      { field: 'nextStepOn', code: 'job_application.next_step_before_application' },
    ]);
  });

  it('leaves an untouched stored date alone but still compares the next step with it', () => {
    const stored = { appliedOn: '2026-12-10', nextStepOn: '2026-12-09' };
    expect(checkApplicationDates(stored, today, false)).toEqual([
      { field: 'nextStepOn', code: 'job_application.next_step_before_application' },
    ]);
  });
});
