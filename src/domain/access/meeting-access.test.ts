import { describe, expect, it } from 'vitest';
import {
  type MeetingAction,
  type MeetingRelation,
  mayDoWithMeetings,
  relationToMeetings,
} from './meeting-access.js';

/** The whole table, relation x action: a change to the table must change this too. */
const expected: Record<MeetingRelation, Record<MeetingAction, boolean>> = {
  admin: { read: true, write_regular: true, write_coach_kinds: true, read_private_notes: true },
  following_coach: { read: true, write_regular: true, write_coach_kinds: true, read_private_notes: true },
  association_coach: { read: true, write_regular: true, write_coach_kinds: true, read_private_notes: false },
  mentee_side: { read: true, write_regular: true, write_coach_kinds: false, read_private_notes: false },
  mentor_side: { read: true, write_regular: true, write_coach_kinds: false, read_private_notes: false },
};

const pair = { associationId: 'a', coachId: 'named', menteeUserId: 'me', mentorUserId: 'mo' };

describe('the meeting access table', () => {
  it('says which relation may do which action, and nothing without a relation', () => {
    for (const [relation, actions] of Object.entries(expected))
      for (const [action, allowed] of Object.entries(actions)) {
        expect(
          mayDoWithMeetings(relation as MeetingRelation, action as MeetingAction),
          `${relation} ${action}`,
        ).toBe(allowed);
        expect(mayDoWithMeetings(null, action as MeetingAction)).toBe(false);
      }
  });

  it("splits the association's coaches into the one who follows the pair and the others", () => {
    const coach = (id: string, associationId: string | null) => ({
      id,
      role: 'coach' as const,
      associationId,
    });
    expect(relationToMeetings(coach('named', 'a'), pair)).toBe('following_coach');
    expect(relationToMeetings(coach('named', 'b'), pair)).toBe('following_coach');
    expect(relationToMeetings(coach('other', 'a'), pair)).toBe('association_coach');
    expect(relationToMeetings(coach('other', 'a'), { ...pair, coachId: null })).toBe('following_coach');
    expect(relationToMeetings(coach('other', 'b'), { ...pair, coachId: null })).toBeNull();
    expect(relationToMeetings(coach('other', null), pair)).toBeNull();
    expect(relationToMeetings({ id: 'me', role: 'mentee', associationId: null }, pair)).toBe('mentee_side');
    expect(relationToMeetings({ id: 'me', role: 'mentor', associationId: null }, pair)).toBeNull();
    expect(relationToMeetings({ id: 'f', role: 'funder', associationId: 'a' }, pair)).toBeNull();
  });
});
