import { describe, expect, it } from 'vitest';
import type { Role } from '../../contracts/common.js';
import {
  type CareerAction,
  type CareerFacts,
  type CareerRelation,
  careerScopeOf,
  isRunningPartnership,
  mayDo,
  relationToCareer,
} from './career-access.js';

const none: CareerFacts = {
  kind: 'mentee',
  associationId: 'assoc-a',
  menteeUserId: 'mentee-user',
  runningMentorUserIds: [],
};
const as = (role: Role, id = 'actor', associationId: string | null = null) => ({ id, role, associationId });

/** The whole table, relation x action: a change to careerAccess must change this too. */
const expected: Record<CareerRelation, Record<CareerAction, boolean>> = {
  self: {
    read: true,
    write_cv: true,
    comment: false,
    resolve_comment: true,
    track_application: true,
    give_feedback: false,
    read_report: true,
  },
  mentor: {
    read: true,
    write_cv: false,
    comment: true,
    resolve_comment: false,
    track_application: true,
    give_feedback: true,
    read_report: false,
  },
  coach: {
    read: true,
    write_cv: true,
    comment: true,
    resolve_comment: false,
    track_application: true,
    give_feedback: true,
    read_report: true,
  },
  admin: {
    read: true,
    write_cv: true,
    comment: true,
    resolve_comment: false,
    track_application: true,
    give_feedback: true,
    read_report: true,
  },
};

describe('career access', () => {
  it('says which relation may do which action, and nothing without a relation', () => {
    for (const [relation, actions] of Object.entries(expected))
      for (const [action, allowed] of Object.entries(actions))
        expect(mayDo(relation as CareerRelation, action as CareerAction), `${relation} ${action}`).toBe(
          allowed,
        );
    for (const action of Object.keys(expected.self)) expect(mayDo(null, action as CareerAction)).toBe(false);
  });

  it('relates each role only through its own fact', () => {
    expect(relationToCareer(as('mentee', 'mentee-user'), none)).toBe('self');
    expect(relationToCareer(as('mentee', 'other-user'), none)).toBeNull();
    expect(
      relationToCareer(as('mentee', 'mentee-user'), { ...none, runningMentorUserIds: ['mentee-user'] }),
    ).toBe('self');
    expect(relationToCareer(as('mentor', 'm'), { ...none, runningMentorUserIds: ['m'] })).toBe('mentor');
    expect(relationToCareer(as('mentor', 'm'), none)).toBeNull();
    expect(relationToCareer(as('mentor', 'mentee-user'), none)).toBeNull();
    expect(relationToCareer(as('coach', 'c', 'assoc-a'), none)).toBe('coach');
    expect(relationToCareer(as('coach', 'c', 'assoc-b'), none)).toBeNull();
    expect(relationToCareer(as('coach', 'c', null), { ...none, associationId: null })).toBeNull();
    expect(relationToCareer(as('admin'), none)).toBe('admin');
    expect(
      relationToCareer(as('funder', 'mentee-user', 'assoc-a'), {
        ...none,
        runningMentorUserIds: ['mentee-user'],
      }),
    ).toBeNull();
  });

  it('has no career record for a mentor: nobody relates to it', () => {
    for (const role of ['admin', 'coach', 'mentee', 'mentor', 'funder'] as const)
      expect(relationToCareer(as(role, 'mentee-user', 'assoc-a'), { ...none, kind: 'mentor' })).toBeNull();
  });

  it('builds the scope from the same table: a mentor is not in the report scope, a funder in none', () => {
    expect(careerScopeOf(as('mentor', 'm'), 'read').branches).toEqual([{ relation: 'mentor', userId: 'm' }]);
    expect(careerScopeOf(as('mentor', 'm'), 'read_report').branches).toEqual([]);
    expect(careerScopeOf(as('coach', 'c', null), 'read').branches).toEqual([]);
    expect(careerScopeOf(as('funder', 'f', 'assoc-a'), 'read').branches).toEqual([]);
    expect(careerScopeOf(as('mentee', 'u'), 'comment').branches).toEqual([]);
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
