import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { cvContentSchema } from '../../src/contracts/cv.js';
import { createAssociation, setMentorSharing } from '../../src/services/associations/manage-associations.js';
import { renewCalendarFeed } from '../../src/services/calendar/calendar-feed-token.js';
import { addCvComment } from '../../src/services/career/cv-comments.js';
import { saveCvVersion } from '../../src/services/career/cv-versions.js';
import { createSectorTip, deleteSectorTip } from '../../src/services/career/sector-tips.js';
import type { Actor, RequestContext } from '../../src/services/context.js';
import { blockPair } from '../../src/services/matching/block-pair.js';
import { confirmRun } from '../../src/services/matching/confirm-run.js';
import { runMatching } from '../../src/services/matching/run-matching.js';
import { updateWeights } from '../../src/services/matching/update-weights.js';
import { endPartnershipEarly, markIntroduced } from '../../src/services/partnerships/partnership-steps.js';
import { assignModule } from '../../src/services/training/assign-module.js';
import { createModule, createSession } from '../../src/services/training/catalogue.js';
import { joinDirectory, leaveDirectory } from '../../src/services/training/mentor-directory.js';
import { recordAttendance, registerForSession } from '../../src/services/training/registrations.js';
import { changeUser } from '../../src/services/users/manage-users.js';
import { setPhone } from '../../src/services/users/set-phone.js';
import { buildAssociation, buildUser } from '../factories/accounts.js';
import { buildCvContent, buildParticipant } from '../factories/career.js';
import { buildPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { buildModule, buildRegistration, buildSession } from '../factories/training.js';
import { auditRefused, failAuditInserts, snapshotTables } from '../support/failing-audit.js';
import { type TestContext, withTestContext } from '../support/test-context.js';
import { findWriteUseCases } from '../support/write-use-cases.js';
import { writeUseCaseStatus } from './audit-rollback-list.js';

const t = withTestContext();

type User = { id: string; role: string; association_id: string | null; name: string };

function actorOf(user: User): Actor {
  return { id: user.id, role: user.role as Role, associationId: user.association_id, name: user.name };
}

function contextOf(user: User): RequestContext {
  return { actor: actorOf(user), requestId: 'audit-rollback-test', ip: null };
}

async function admin(c: TestContext) {
  const user = await buildUser(c.deps, { role: 'admin' });
  return { user, actor: actorOf(user), ctx: contextOf(user) };
}

async function coachOfNewAssociation(c: TestContext) {
  const association = await buildAssociation(c.deps);
  const user = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  return { association, user, actor: actorOf(user), ctx: contextOf(user) };
}

/** A coach's pool with one mentee and one mentor who fit (the matching tests' Amina and Els). */
async function matchablePool(c: TestContext) {
  const coach = await coachOfNewAssociation(c);
  const a = coach.association.id;
  const mentee = await buildPerson(c.deps, { kind: 'mentee', associationId: a });
  const mentor = await buildPerson(c.deps, {
    kind: 'mentor',
    associationId: a,
    assessment: {
      languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }],
      capacity: 1,
    },
  });
  return { ...coach, mentee, mentor };
}

/**
 * One write use case: `arrange` builds what it needs (audit events may be written then), `act` calls
 * the service once the audit insert fails. Named "file#export" as in audit-rollback-list.ts.
 */
interface WriteCase {
  name: string;
  act: (c: TestContext) => Promise<() => Promise<unknown>>;
}

const cases: WriteCase[] = [
  {
    name: 'associations/manage-associations.ts#createAssociation',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () => createAssociation(c.deps, ctx, { name: 'Vzw Nieuw Begin', region: 'VLG' });
    },
  },
  {
    name: 'associations/manage-associations.ts#setMentorSharing',
    act: async (c) => {
      const { ctx, actor } = await admin(c);
      const association = await buildAssociation(c.deps);
      const row = await c.deps.db.kysely
        .selectFrom('associations')
        .select('shares_mentors')
        .where('id', '=', association.id)
        .executeTakeFirstOrThrow();
      return () => setMentorSharing(c.deps, ctx, actor, association.id, Number(row.shares_mentors) !== 1);
    },
  },
  {
    name: 'calendar/calendar-feed-token.ts#renewCalendarFeed',
    act: async (c) => {
      const { ctx, user } = await admin(c);
      return () => renewCalendarFeed(c.deps, ctx, user.id);
    },
  },
  {
    name: 'career/cv-comments.ts#addCvComment',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      const saved = await saveCvVersion(
        c.deps,
        coach.ctx,
        mentee.id,
        { basedOn: null, content: cvContentSchema.parse(buildCvContent()) },
        'nl',
      );
      if (!saved.ok) throw new Error(`arrange: ${saved.error.code}`);
      return () =>
        addCvComment(c.deps, coach.ctx, mentee.id, 1, { section: 'profile', body: 'Kort en sterk.' });
    },
  },
  {
    name: 'career/cv-versions.ts#saveCvVersion',
    act: async (c) => {
      const coach = await coachOfNewAssociation(c);
      const mentee = await buildParticipant(c.deps, { kind: 'mentee', associationId: coach.association.id });
      return () =>
        saveCvVersion(
          c.deps,
          coach.ctx,
          mentee.id,
          { basedOn: null, content: cvContentSchema.parse(buildCvContent()) },
          'nl',
        );
    },
  },
  {
    name: 'career/sector-tips.ts#createSectorTip',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () =>
        createSectorTip(c.deps, ctx, { section: 'Q', text: { nl: 'Tip', fr: 'Astuce', en: 'Tip' } });
    },
  },
  {
    name: 'career/sector-tips.ts#deleteSectorTip',
    act: async (c) => {
      const { ctx } = await admin(c);
      const tip = await createSectorTip(c.deps, ctx, {
        section: 'Q',
        text: { nl: 'Tip', fr: 'Astuce', en: 'Tip' },
      });
      return () => deleteSectorTip(c.deps, ctx, tip.id);
    },
  },
  {
    name: 'matching/block-pair.ts#blockPair',
    act: async (c) => {
      const p = await matchablePool(c);
      return () =>
        blockPair(c.deps, p.ctx, p.actor, { menteeId: p.mentee.id, mentorId: p.mentor.id, reason: 'Buren' });
    },
  },
  {
    name: 'matching/confirm-run.ts#confirmRun',
    act: async (c) => {
      const p = await matchablePool(c);
      const run = await runMatching(c.deps, p.ctx, p.actor, { locked: [] });
      if (!run.ok || run.value.pairs.length !== 1) throw new Error('arrange: run');
      return () =>
        confirmRun(c.deps, p.ctx, p.actor, run.value.id, [{ menteeId: p.mentee.id, mentorId: p.mentor.id }]);
    },
  },
  {
    name: 'matching/run-matching.ts#runMatching',
    act: async (c) => {
      const p = await matchablePool(c);
      return () => runMatching(c.deps, p.ctx, p.actor, { locked: [] });
    },
  },
  {
    name: 'matching/update-weights.ts#updateWeights',
    act: async (c) => {
      const { ctx, actor } = await admin(c);
      return () => updateWeights(c.deps, ctx, actor, { sector: 0.5 });
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#endPartnershipEarly',
    act: async (c) => {
      const pair = await buildPartnership(c.deps, { status: 'active', startedDaysAgo: 30 });
      return () =>
        endPartnershipEarly(c.deps, contextOf(pair.coach), actorOf(pair.coach), pair.id, {
          reason: 'mentee_withdrew',
          reasonText: 'Verhuisd',
        });
    },
  },
  {
    name: 'partnerships/partnership-steps.ts#markIntroduced',
    act: async (c) => {
      const pair = await buildPartnership(c.deps, { status: 'proposed' });
      return () => markIntroduced(c.deps, contextOf(pair.coach), actorOf(pair.coach), pair.id);
    },
  },
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
    name: 'users/manage-users.ts#changeUser',
    act: async (c) => {
      const { ctx } = await admin(c);
      const coach = await buildUser(c.deps, {
        role: 'coach',
        associationId: (await buildAssociation(c.deps)).id,
      });
      return () => changeUser(c.deps, ctx, coach.id, { disabled: true });
    },
  },
  {
    name: 'users/set-phone.ts#setPhone',
    act: async (c) => {
      const { ctx } = await admin(c);
      return () => setPhone(c.deps, ctx, '+32470123456');
    },
  },
];

describe('one use case, one transaction: a failing audit insert undoes the write', () => {
  it('lists every exported use case of src/services that writes or audits', () => {
    const servicesDir = path.resolve(import.meta.dirname, '../../src/services');
    expect(findWriteUseCases(servicesDir)).toEqual(Object.keys(writeUseCaseStatus).sort());
  });

  it('covers every use case the list calls covered, and only those', () => {
    const covered = Object.entries(writeUseCaseStatus)
      .filter(([, status]) => status === 'covered')
      .map(([name]) => name)
      .sort();
    expect(cases.map((c) => c.name).sort()).toEqual(covered);
  });

  for (const useCase of cases)
    it(useCase.name, async () => {
      const c = t();
      const act = await useCase.act(c);
      const before = await snapshotTables(c.deps.db);
      const restore = await failAuditInserts(c.deps.db);
      await expect(act()).rejects.toThrow(auditRefused);
      await restore();
      expect(await snapshotTables(c.deps.db)).toEqual(before);
    });
});
