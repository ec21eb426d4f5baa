import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { personScopeWhere } from '../../src/db/scopes/person.js';
import { mayAccessPerson, type PersonViewer, personScopeOf } from '../../src/domain/access/person-access.js';
import { buildAssociation } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** Random people: an association of three (or none: the regional inbox) and a region (or none). */
const personArb = fc.record({
  association: fc.constantFrom(0, 1, 2, null),
  region: fc.constantFrom('BRU', 'VLG', 'WAL', null),
  kind: fc.constantFrom('mentee' as const, 'mentor' as const),
});

/** Random actors: every role, coaches of each association and a coach without one. */
const actorArb = fc.record({
  role: fc.constantFrom<Role>('admin', 'coach', 'funder', 'mentee', 'mentor'),
  association: fc.constantFrom(0, 1, 2, null),
});

describe('the person scope returns exactly the people the per-record check allows', () => {
  it('on random people and actors', async () => {
    const { deps } = t();
    // Three associations in two regions: two of them share the VLG inbox.
    const associations = [
      await buildAssociation(deps, { region: 'VLG' }),
      await buildAssociation(deps, { region: 'VLG' }),
      await buildAssociation(deps, { region: 'BRU' }),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArb, { minLength: 1, maxLength: 25 }),
        fc.array(actorArb, { minLength: 1, maxLength: 8 }),
        async (people, actors) => {
          await deps.db.kysely.deleteFrom('person_languages').execute();
          await deps.db.kysely.deleteFrom('person_name_grams').execute();
          await deps.db.kysely.deleteFrom('people').execute();
          const rows: Array<{ id: string; associationId: string | null; regionCode: string | null }> = [];
          for (const p of people) {
            const associationId = p.association === null ? null : associations[p.association]!.id;
            const person = await buildPerson(deps, { kind: p.kind, associationId });
            await updatePerson(deps.db.kysely, person.id, { region_code: p.region });
            rows.push({ id: person.id, associationId, regionCode: p.region });
          }
          for (const a of actors) {
            const association = a.association === null ? null : associations[a.association]!;
            const viewer: PersonViewer = {
              actor: { id: 'actor', role: a.role, associationId: association?.id ?? null },
              actorRegion: association?.region ?? null,
            };
            const inScope = await deps.db.kysely
              .selectFrom('people')
              .select('people.id')
              .where(personScopeWhere(personScopeOf(viewer, 'list')))
              .execute();
            const allowed = rows.filter((r) => mayAccessPerson(viewer, r, 'read')).map((r) => r.id);
            expect(inScope.map((r) => r.id).sort(), JSON.stringify(a)).toEqual(allowed.sort());
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
