import { describe, expect, it } from 'vitest';
import {
  mayDoWithPerson,
  type PersonAction,
  type PersonRelation,
  relationToPerson,
} from './person-access.js';

const expected: Record<PersonRelation, Record<PersonAction, boolean>> = {
  admin: { read: true, list: true },
  association_coach: { read: true, list: true },
  region_inbox: { read: true, list: true },
};

describe('the person access table', () => {
  it('says which relation may do which action', () => {
    for (const [relation, actions] of Object.entries(expected))
      for (const [action, allowed] of Object.entries(actions))
        expect(
          mayDoWithPerson(relation as PersonRelation, action as PersonAction),
          `${relation} ${action}`,
        ).toBe(allowed);
    expect(mayDoWithPerson(null, 'read')).toBe(false);
  });

  it('denies by default: a coach without an association and other roles see nobody', () => {
    const person = { associationId: null, regionCode: 'VLG' };
    expect(
      relationToPerson(
        { actor: { id: 'c', role: 'coach', associationId: null }, actorRegion: 'VLG' },
        person,
      ),
    ).toBeNull();
    expect(
      relationToPerson(
        { actor: { id: 'f', role: 'funder', associationId: 'a' }, actorRegion: 'VLG' },
        person,
      ),
    ).toBeNull();
    expect(
      relationToPerson({ actor: { id: 'c', role: 'coach', associationId: 'a' }, actorRegion: 'VLG' }, person),
    ).toBe('region_inbox');
  });
});
