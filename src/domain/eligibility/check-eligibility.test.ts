import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, checkEligibility } from './check-eligibility.js';

const eligible = {
  dateOfBirth: '1985-04-12',
  migrantBackground: true,
  yearsOfExperience: 6,
  hasRecognisedQualification: false,
};

describe('eligibility', () => {
  it('accepts an applicant who meets every rule', () => {
    expect(checkEligibility(eligible, '2026-11-02')).toEqual({
      eligible: true,
      failed: [],
      ageOnApplication: 41,
    });
  });

  it('counts the sixteenth birthday on the day itself', () => {
    expect(checkEligibility({ ...eligible, dateOfBirth: '2010-11-02' }, '2026-11-02').failed).toEqual([]);
    expect(checkEligibility({ ...eligible, dateOfBirth: '2010-11-03' }, '2026-11-02').failed).toEqual([
      'age',
    ]);
  });

  it('handles a birthday on 29 February', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
  });

  it('names every rule that fails', () => {
    const result = checkEligibility(
      {
        dateOfBirth: '2015-01-01',
        migrantBackground: false,
        yearsOfExperience: 0,
        hasRecognisedQualification: true,
      },
      '2026-11-02',
    );
    expect(result.eligible).toBe(false);
    expect(result.failed).toEqual([
      'age',
      'migrant_background',
      'work_experience',
      'no_recognised_qualification',
    ]);
  });

  it('never grows younger with time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 30_000 }),
        (birth, days) => {
          const dob = birth.toISOString().slice(0, 10);
          const day1 = new Date(birth.getTime() + days * 86_400_000).toISOString().slice(0, 10);
          const day2 = new Date(birth.getTime() + (days + 1) * 86_400_000).toISOString().slice(0, 10);
          expect(ageOn(dob, day2)).toBeGreaterThanOrEqual(ageOn(dob, day1));
          expect(ageOn(dob, day1)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
