import { specialFactsConsentKind } from '../../../src/contracts/participant-facts-vocabulary.js';
import type { PersonStatus } from '../../../src/contracts/people-vocabulary.js';
import { changePersonStatus } from '../../../src/services/people/change-person-status.js';
import {
  claimPerson,
  decideOnPerson,
  planIntake,
  recordAssessment,
} from '../../../src/services/people/intake.js';
import { inviteParticipant } from '../../../src/services/people/invite-participant.js';
import { loadVisiblePerson } from '../../../src/services/people/load-person.js';
import {
  updateOwnProfile,
  withdrawMigrantBackgroundConsent,
  withdrawSpecialCategoriesConsent,
} from '../../../src/services/people/own-profile.js';
import { recordParticipantFacts } from '../../../src/services/people/participant-facts.js';
import { inTransaction } from '../../../src/services/transaction.js';
import { buildParticipant } from '../../factories/career.js';
import { buildAssessment, buildPerson } from '../../factories/people.js';
import { givePrivacyConsent } from '../../factories/privacy.js';
import { arranged, coachOfNewAssociation, contextOf, type WriteCase } from '../../support/rollback-actors.js';
import type { TestContext } from '../../support/test-context.js';

const day = 86_400_000;

/** A coach and a mentee of their association in the status asked for. */
async function coachWithMentee(c: TestContext, status: PersonStatus) {
  const coach = await coachOfNewAssociation(c);
  const person = await buildPerson(c.deps, { kind: 'mentee', associationId: coach.association.id, status });
  return { coach, person };
}

export const peopleCases: WriteCase[] = [
  {
    name: 'people/change-person-status.ts#changePersonStatus',
    act: async (c) => {
      const { coach, person } = await coachWithMentee(c, 'applied');
      return () =>
        inTransaction(c.deps, (trx) =>
          changePersonStatus(trx, coach.ctx, c.deps.now(), {
            person: { id: person.id, kind: 'mentee', status: 'applied' },
            step: 'plan_intake',
            to: 'intake_planned',
            actorId: coach.user.id,
          }),
        );
    },
  },
  {
    name: 'people/participant-facts.ts#recordParticipantFacts',
    act: async (c) => {
      const { coach, person } = await coachWithMentee(c, 'ready_to_match');
      return () =>
        recordParticipantFacts(c.deps, coach.ctx, person.id, {
          gender: 'woman',
          dateOfBirth: '1990-01-01',
          labourMarketStatus: 'unemployed',
          longTermUnemployed: false,
          education: 'isced_3_4',
          entryDate: '2026-10-01',
          exitDate: null,
          specialConsent: true,
          disability: 'no',
          thirdCountryNational: 'yes',
          housingExclusion: null,
        });
    },
  },
  {
    name: 'people/intake.ts#claimPerson',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const person = await buildPerson(c.deps, { kind: 'mentee', associationId: null, status: 'applied' });
      return () => claimPerson(c.deps, coach.ctx, person.id);
    },
  },
  {
    name: 'people/intake.ts#decideOnPerson',
    act: async (c) => {
      const { coach, person } = await coachWithMentee(c, 'assessed');
      return () => decideOnPerson(c.deps, coach.ctx, person.id, { decision: 'ready_to_match' });
    },
  },
  {
    name: 'people/intake.ts#planIntake',
    act: async (c) => {
      const { coach, person } = await coachWithMentee(c, 'applied');
      const startsAt = new Date(c.deps.now().getTime() + 7 * day).toISOString();
      return () =>
        planIntake(c.deps, coach.ctx, person.id, { startsAt, durationMinutes: 60, place: 'Vzw, Gent' });
    },
  },
  {
    name: 'people/intake.ts#recordAssessment',
    act: async (c) => {
      const { coach, person } = await coachWithMentee(c, 'applied');
      const heldAt = new Date(c.deps.now().getTime() - 3 * day).toISOString();
      return () =>
        recordAssessment(c.deps, coach.ctx, person.id, buildAssessment(), { heldAt, durationMinutes: 45 });
    },
  },
  {
    name: 'people/invite-participant.ts#inviteParticipant',
    act: async (c) => {
      // A step of the caller's transaction (decideOnPerson): called inside one, as the caller does.
      const { coach, person } = await coachWithMentee(c, 'ready_to_match');
      const loaded = arranged(await loadVisiblePerson(c.deps.db.kysely, coach.actor, person.id));
      return () => inTransaction(c.deps, (trx) => inviteParticipant(trx, c.deps, coach.ctx, loaded));
    },
  },
  {
    name: 'people/own-profile.ts#updateOwnProfile',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      return () =>
        updateOwnProfile(c.deps, contextOf(mentee.user), mentee.user.id, {
          phone: '+32470111222',
          locale: 'fr',
          languages: [{ code: 'fr', level: 'B2' }],
        });
    },
  },
  {
    name: 'people/own-profile.ts#withdrawMigrantBackgroundConsent',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      await c.deps.db.kysely
        .updateTable('people')
        .set({ sensitive: c.deps.keyring.encrypt('{"migrantBackground":"first_generation"}') })
        .where('id', '=', mentee.id)
        .execute();
      return () => withdrawMigrantBackgroundConsent(c.deps, contextOf(mentee.user), mentee.user.id);
    },
  },
  {
    name: 'people/own-profile.ts#withdrawSpecialCategoriesConsent',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      await givePrivacyConsent(c.deps, mentee.id, { kind: specialFactsConsentKind });
      await c.deps.db.kysely
        .insertInto('participant_facts')
        .values({ person_id: mentee.id, disability: 'yes', updated_at: c.deps.now().toISOString() })
        .execute();
      return () => withdrawSpecialCategoriesConsent(c.deps, contextOf(mentee.user), mentee.user.id);
    },
  },
];
