import { assignModule, unassignModule } from '../../../src/services/training/assign-module.js';
import { createModule, createSession } from '../../../src/services/training/catalogue.js';
import { joinDirectory, leaveDirectory } from '../../../src/services/training/mentor-directory.js';
import {
  cancelRegistration,
  recordAttendance,
  registerForSession,
} from '../../../src/services/training/registrations.js';
import { changePage, createPage } from '../../../src/services/training/training-pages.js';
import { buildAssociation } from '../../factories/accounts.js';
import { buildParticipant } from '../../factories/career.js';
import { buildPerson } from '../../factories/people.js';
import { buildModule, buildRegistration, buildSession } from '../../factories/training.js';
import {
  admin,
  arranged,
  coachOfNewAssociation,
  contextOf,
  type WriteCase,
} from '../../support/rollback-actors.js';

const page = {
  title: { nl: 'Welkom', fr: 'Bienvenue', en: 'Welcome' },
  body: { nl: '<p>Hallo</p>', fr: '<p>Bonjour</p>', en: '<p>Hello</p>' },
};

export const trainingCases: WriteCase[] = [
  {
    name: 'training/assign-module.ts#assignModule',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: coach.association.id });
      const module = await buildModule(c.deps, { audience: 'mentor' });
      return () => assignModule(c.deps, coach.ctx, coach.actor, mentor.id, module.id);
    },
  },
  {
    name: 'training/catalogue.ts#createModule',
    act: async (c) => {
      const { ctx } = await admin(c);
      const text = { nl: 'Vorming', fr: 'Formation', en: 'Training' };
      return () =>
        createModule(c.deps, ctx, {
          code: 'rollback-module',
          audience: 'mentor',
          title: text,
          description: text,
          durationMinutes: 90,
          format: 'online',
          languages: ['nl'],
          goals: { nl: [], fr: [], en: [] },
          requiredForMatching: false,
          kind: 'training',
        });
    },
  },
  {
    name: 'training/catalogue.ts#createSession',
    act: async (c) => {
      const { ctx } = await admin(c);
      const module = await buildModule(c.deps);
      return () =>
        createSession(c.deps, ctx, module.id, {
          startsAt: '2026-12-01T09:00:00.000Z',
          endsAt: '2026-12-01T11:00:00.000Z',
          place: 'Gent',
          trainer: 'An',
          capacity: 10,
          language: 'nl',
        });
    },
  },
  {
    name: 'training/mentor-directory.ts#joinDirectory',
    act: async (c) => {
      const association = await buildAssociation(c.deps);
      const mentor = await buildParticipant(c.deps, { kind: 'mentor', associationId: association.id });
      return () => joinDirectory(c.deps, contextOf(mentor.user), mentor.user.id, 'Verpleegkundige, graag.');
    },
  },
  {
    name: 'training/mentor-directory.ts#leaveDirectory',
    act: async (c) => {
      const association = await buildAssociation(c.deps);
      const mentor = await buildParticipant(c.deps, { kind: 'mentor', associationId: association.id });
      await joinDirectory(c.deps, contextOf(mentor.user), mentor.user.id, 'Verpleegkundige, graag.');
      return () => leaveDirectory(c.deps, contextOf(mentor.user), mentor.user.id);
    },
  },
  {
    name: 'training/registrations.ts#recordAttendance',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: coach.association.id });
      const session = await buildSession(c.deps, (await buildModule(c.deps)).id);
      const registration = await buildRegistration(c.deps, session.id, mentor.id);
      return () => recordAttendance(c.deps, coach.ctx, coach.actor, registration.id, true);
    },
  },
  {
    name: 'training/registrations.ts#registerForSession',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: coach.association.id });
      const session = await buildSession(c.deps, (await buildModule(c.deps)).id);
      return () => registerForSession(c.deps, coach.ctx, coach.actor, session.id, mentor.id);
    },
  },
  {
    name: 'training/assign-module.ts#unassignModule',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: coach.association.id });
      const module = await buildModule(c.deps, { audience: 'mentor' });
      arranged(await assignModule(c.deps, coach.ctx, coach.actor, mentor.id, module.id));
      return () => unassignModule(c.deps, coach.ctx, coach.actor, mentor.id, module.id);
    },
  },
  {
    name: 'training/registrations.ts#cancelRegistration',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: coach.association.id });
      const session = await buildSession(c.deps, (await buildModule(c.deps)).id);
      const registration = await buildRegistration(c.deps, session.id, mentor.id);
      return () => cancelRegistration(c.deps, coach.ctx, coach.actor, registration.id);
    },
  },
  {
    name: 'training/registrations.ts#cancelRegistration',
    variant: 'a full session: the first on the waiting list moves up',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const a = coach.association.id;
      const mentor = await buildPerson(c.deps, { kind: 'mentor', associationId: a });
      const waiting = await buildPerson(c.deps, { kind: 'mentor', associationId: a });
      const session = await buildSession(c.deps, (await buildModule(c.deps)).id, { capacity: 1 });
      const registration = await buildRegistration(c.deps, session.id, mentor.id);
      await buildRegistration(c.deps, session.id, waiting.id, 'waitlisted');
      return () => cancelRegistration(c.deps, coach.ctx, coach.actor, registration.id);
    },
  },
  {
    name: 'training/training-pages.ts#changePage',
    act: async (c) => {
      const { ctx } = await admin(c);
      const module = await buildModule(c.deps, { format: 'self_study' });
      const created = arranged(await createPage(c.deps, ctx, module.id, page));
      return () =>
        changePage(c.deps, ctx, created.page.id, { ...page, title: { ...page.title, nl: 'Hallo allemaal' } });
    },
  },
  {
    name: 'training/training-pages.ts#createPage',
    act: async (c) => {
      const { ctx } = await admin(c);
      const module = await buildModule(c.deps, { format: 'self_study' });
      return () => createPage(c.deps, ctx, module.id, page);
    },
  },
];
