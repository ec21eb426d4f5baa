import { describe, expect, it } from 'vitest';
import { careerRelation, isRunningPartnership, mayDo } from './career-access.js';

const none = { isOwnRecord: false, hasRunningPartnership: false, coachSeesPerson: false };

describe('career access', () => {
  it('relates each role only through its own fact', () => {
    expect(careerRelation('mentee', { ...none, isOwnRecord: true })).toBe('self');
    expect(careerRelation('mentee', { ...none, hasRunningPartnership: true })).toBeNull();
    expect(careerRelation('mentor', { ...none, hasRunningPartnership: true })).toBe('mentor');
    expect(careerRelation('mentor', { ...none, coachSeesPerson: true })).toBeNull();
    expect(careerRelation('coach', { ...none, coachSeesPerson: true })).toBe('coach');
    expect(careerRelation('coach', none)).toBeNull();
    expect(careerRelation('admin', none)).toBe('admin');
    expect(
      careerRelation('funder', { isOwnRecord: true, hasRunningPartnership: true, coachSeesPerson: true }),
    ).toBeNull();
  });

  it('counts introduced, active and closing as running', () => {
    expect(
      ['proposed', 'introduced', 'active', 'closing', 'completed', 'ended_early', 'declined'].filter(
        isRunningPartnership,
      ),
    ).toEqual(['introduced', 'active', 'closing']);
  });

  it('never lets a mentor read a discrimination report or write the CV', () => {
    expect(mayDo('mentor', 'read_report')).toBe(false);
    expect(mayDo('mentor', 'write_cv')).toBe(false);
    expect(mayDo('mentor', 'comment')).toBe(true);
    expect(mayDo('self', 'comment')).toBe(false);
    expect(mayDo('self', 'resolve_comment')).toBe(true);
    expect(mayDo('coach', 'read_report')).toBe(true);
  });
});
