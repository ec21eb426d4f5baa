import { describe, expect, it } from 'vitest';
import {
  type MatchingRunAction,
  type MatchingRunRelation,
  matchingRunScopeOf,
  mayDoWithMatchingRun,
  relationToMatchingRun,
} from './matching-run-access.js';

/** The whole table, relation x action: a change to the table must change this too. */
const expected: Record<MatchingRunRelation, Record<MatchingRunAction, boolean>> = {
  admin: { read: true, list: true, confirm: true },
  association_coach: { read: true, list: true, confirm: true },
};

describe('the matching run access table', () => {
  it('says which relation may do which action, and nothing without a relation', () => {
    for (const [relation, actions] of Object.entries(expected))
      for (const [action, allowed] of Object.entries(actions)) {
        expect(
          mayDoWithMatchingRun(relation as MatchingRunRelation, action as MatchingRunAction),
          `${relation} ${action}`,
        ).toBe(allowed);
        expect(mayDoWithMatchingRun(null, action as MatchingRunAction)).toBe(false);
      }
  });

  it("keeps an administrator's run over every association from coaches", () => {
    const coach = { id: 'c', role: 'coach' as const, associationId: 'a' };
    expect(relationToMatchingRun(coach, { associationId: 'a' })).toBe('association_coach');
    expect(relationToMatchingRun(coach, { associationId: 'b' })).toBeNull();
    expect(relationToMatchingRun(coach, { associationId: null })).toBeNull();
    expect(relationToMatchingRun({ ...coach, associationId: null }, { associationId: null })).toBeNull();
    expect(
      relationToMatchingRun({ id: 'x', role: 'admin', associationId: null }, { associationId: null }),
    ).toBe('admin');
    for (const role of ['mentee', 'mentor', 'funder'] as const)
      expect(relationToMatchingRun({ id: 'x', role, associationId: 'a' }, { associationId: 'a' })).toBeNull();
    expect(matchingRunScopeOf({ ...coach, associationId: null }, 'list').branches).toEqual([]);
  });
});
