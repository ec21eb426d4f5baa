import { cliContext } from '../../../src/services/context.js';
import { endExpiredHolds, erasePerson, reapplyErasures } from '../../../src/services/privacy/erase-person.js';
import { acceptPrivacyVersion } from '../../../src/services/privacy/privacy-acceptance.js';
import { buildParticipant } from '../../factories/career.js';
import { buildPerson } from '../../factories/people.js';
import { buildPrivacyVersion, givePrivacyConsent, publishPrivacyVersions } from '../../factories/privacy.js';
import {
  admin,
  arranged,
  coachOfNewAssociation,
  contextOf,
  type WriteCase,
} from '../../support/rollback-actors.js';
import type { TestContext } from '../../support/test-context.js';

/** A mentee who completed a cycle, with an ESF+ record (so that an erasure puts it on hold). */
async function participant(c: TestContext) {
  const person = await buildPerson(c.deps, { kind: 'mentee', associationId: null, status: 'completed' });
  await c.deps.db.kysely
    .insertInto('participant_facts')
    .values({ person_id: person.id, gender: 'man', updated_at: c.deps.now().toISOString() })
    .execute();
  return person;
}

export const privacyCases: WriteCase[] = [
  {
    name: 'privacy/erase-person.ts#erasePerson',
    act: async (c) => {
      const { ctx } = await admin(c);
      const person = await buildPerson(c.deps, { kind: 'mentee', associationId: null, status: 'applied' });
      return () => erasePerson(c.deps, ctx, { personId: person.id, reason: 'Verzoek per brief' });
    },
  },
  {
    name: 'privacy/erase-person.ts#endExpiredHolds',
    act: async (c) => {
      const person = await participant(c);
      arranged(await erasePerson(c.deps, cliContext, { personId: person.id, reason: 'Verzoek' }));
      c.clock.set('2032-01-02T10:00:00.000Z');
      return () => endExpiredHolds(c.deps);
    },
  },
  {
    name: 'privacy/erase-person.ts#reapplyErasures',
    act: async (c) => {
      const person = await buildPerson(c.deps, { kind: 'mentee', associationId: null, status: 'applied' });
      arranged(await erasePerson(c.deps, cliContext, { personId: person.id, reason: 'Verzoek' }));
      // As after a restore from a backup taken before the erasure: the person is back.
      await c.deps.db.kysely.deleteFrom('erasures').execute();
      await c.deps.db.kysely
        .updateTable('people')
        .set({ erased_at: null, first_name: 'Terug', last_name: 'Uit de back-up' })
        .where('id', '=', person.id)
        .execute();
      return () => reapplyErasures(c.deps);
    },
  },
  {
    name: 'privacy/privacy-acceptance.ts#acceptPrivacyVersion',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      await givePrivacyConsent(c.deps, mentee.id, { version: '2026-11' });
      publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01' }));
      return () =>
        acceptPrivacyVersion(
          c.deps,
          contextOf(mentee.user),
          { id: mentee.user.id, role: 'mentee' },
          { version: '2027-01', locale: 'nl' },
        );
    },
  },
];
