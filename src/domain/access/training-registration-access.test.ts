import { describe, expect, it } from 'vitest';
import {
  mayDoWithRegistration,
  relationToRegistration,
  type TrainingRegistrationAction,
  type TrainingRegistrationRelation,
  trainingRegistrationScopeOf,
} from './training-registration-access.js';

/** The whole table, relation x action: a change to the table must change this too. */
const expected: Record<TrainingRegistrationRelation, Record<TrainingRegistrationAction, boolean>> = {
  admin: { read: true, register: true, cancel: true, record_attendance: true },
  association_coach: { read: true, register: true, cancel: true, record_attendance: true },
  region_inbox: { read: true, register: true, cancel: true, record_attendance: true },
  self: { read: true, register: true, cancel: true, record_attendance: false },
};

const person = { associationId: 'a', regionCode: 'VLG', userId: 'u' };

describe('the training registration access table', () => {
  it('says which relation may do which action, and nothing without a relation', () => {
    for (const [relation, actions] of Object.entries(expected))
      for (const [action, allowed] of Object.entries(actions)) {
        expect(
          mayDoWithRegistration(
            relation as TrainingRegistrationRelation,
            action as TrainingRegistrationAction,
          ),
          `${relation} ${action}`,
        ).toBe(allowed);
        expect(mayDoWithRegistration(null, action as TrainingRegistrationAction)).toBe(false);
      }
  });

  it('relates a participant only to their own record, staff as the person table does', () => {
    const viewer = (
      role: 'admin' | 'coach' | 'mentee' | 'mentor' | 'funder',
      id = 'x',
      associationId = 'a',
    ) => ({
      actor: { id, role, associationId },
      actorRegion: 'VLG',
    });
    expect(relationToRegistration(viewer('mentee', 'u', ''), person)).toBe('self');
    expect(relationToRegistration(viewer('mentor', 'u', ''), person)).toBe('self');
    expect(relationToRegistration(viewer('mentee', 'other', ''), person)).toBeNull();
    expect(relationToRegistration(viewer('mentee', 'u', ''), { ...person, userId: null })).toBeNull();
    expect(relationToRegistration(viewer('coach'), person)).toBe('association_coach');
    expect(relationToRegistration(viewer('coach', 'x', 'b'), person)).toBeNull();
    expect(relationToRegistration(viewer('coach', 'x', 'b'), { ...person, associationId: null })).toBe(
      'region_inbox',
    );
    expect(relationToRegistration(viewer('funder'), person)).toBeNull();
    expect(relationToRegistration(viewer('admin'), person)).toBe('admin');
  });

  it('gives a participant no scope for recording attendance', () => {
    expect(
      trainingRegistrationScopeOf(
        { actor: { id: 'u', role: 'mentee', associationId: null }, actorRegion: null },
        'record_attendance',
      ).branches,
    ).toEqual([]);
  });
});
