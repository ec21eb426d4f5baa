import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/contracts/common.js';
import { partnershipStatuses } from '../../src/contracts/partnership-vocabulary.js';
import { insertRun, pageRuns } from '../../src/db/queries/matching.js';
import { insertMeeting, privateNotes, upsertPrivateNote } from '../../src/db/queries/meetings.js';
import { updatePartnership } from '../../src/db/queries/partnerships.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { listSessionRegistrations } from '../../src/db/queries/training.js';
import { careerScopeWhere } from '../../src/db/scopes/career.js';
import { partnershipScopeWhere } from '../../src/db/scopes/partnership.js';
import { personScopeWhere } from '../../src/db/scopes/person.js';
import {
  type MatchingRunAction,
  matchingRunAccess,
  matchingRunScopeOf,
  mayAccessMatchingRun,
} from '../../src/domain/access/matching-run-access.js';
import { mayAccessMeetings, meetingScopeOf } from '../../src/domain/access/meeting-access.js';
import {
  mayAccessPartnership,
  type PartnershipAction,
  partnershipScopeOf,
} from '../../src/domain/access/partnership-access.js';
import { mayAccessPerson, type PersonViewer, personScopeOf } from '../../src/domain/access/person-access.js';
import type { AccessActor } from '../../src/domain/access/record-access.js';
import {
  mayAccessRegistration,
  type TrainingRegistrationAction,
  trainingRegistrationAccess,
  trainingRegistrationScopeOf,
} from '../../src/domain/access/training-registration-access.js';
import {
  type CareerAction,
  careerScopeOf,
  isRunningPartnership,
  mayAccessCareer,
} from '../../src/domain/career/career-access.js';
import type { Deps } from '../../src/services/context.js';
import { buildAssociation, buildUser } from '../factories/accounts.js';
import { linkPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { buildModule, buildRegistration, buildSession } from '../factories/training.js';
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

/** Wipes the pairs and people a previous run of a property made. */
async function clearPairs(deps: Deps) {
  await deps.db.kysely.deleteFrom('training_registrations').execute();
  await deps.db.kysely.deleteFrom('meeting_private_notes').execute();
  await deps.db.kysely.deleteFrom('meetings').execute();
  await deps.db.kysely.deleteFrom('partnership_status_changes').execute();
  await deps.db.kysely.deleteFrom('partnerships').execute();
  await deps.db.kysely.deleteFrom('person_languages').execute();
  await deps.db.kysely.deleteFrom('person_name_grams').execute();
  await deps.db.kysely.deleteFrom('people').execute();
}

/**
 * A small world every pair property draws from: three associations, a coach of each of two and one
 * without, and three mentee and three mentor accounts. Random pairs link random people of it.
 */
async function buildWorld(deps: Deps) {
  const associations = [
    await buildAssociation(deps),
    await buildAssociation(deps),
    await buildAssociation(deps),
  ];
  const coaches = [
    await buildUser(deps, { role: 'coach', associationId: associations[0]!.id }),
    await buildUser(deps, { role: 'coach', associationId: associations[1]!.id }),
    await buildUser(deps, { role: 'coach', associationId: null }),
  ];
  const menteeUsers = [0, 1, 2].map(() => buildUser(deps, { role: 'mentee' }));
  const mentorUsers = [0, 1, 2].map(() => buildUser(deps, { role: 'mentor' }));
  const users = {
    mentee: await Promise.all(menteeUsers),
    mentor: await Promise.all(mentorUsers),
  };
  const actors: AccessActor[] = [
    { id: 'admin', role: 'admin', associationId: null },
    ...coaches.map((c) => ({ id: c.id, role: 'coach' as const, associationId: c.association_id })),
    ...users.mentee.map((u) => ({ id: u.id, role: 'mentee' as const, associationId: null })),
    ...users.mentor.map((u) => ({ id: u.id, role: 'mentor' as const, associationId: null })),
    { id: 'funder', role: 'funder', associationId: associations[0]!.id },
    // An account of the wrong role holding a participant's id relates to nothing.
    { id: users.mentee[0]!.id, role: 'mentor', associationId: null },
  ];
  return { associations, coaches, users, actors };
}

/** Random people (an account of the world or none, an association or none) and pairs between them. */
const peopleArb = (kind: 'mentee' | 'mentor') =>
  fc
    .array(
      fc.record({
        user: fc.constantFrom(0, 1, 2, null),
        association: fc.constantFrom(0, 1, 2, null),
        region: fc.constantFrom('BRU', 'VLG', 'WAL', null),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((people) => people.map((p) => ({ ...p, kind })));
const pairArb = fc.record({
  mentee: fc.nat(),
  mentor: fc.nat(),
  association: fc.constantFrom(0, 1, 2, null),
  coach: fc.constantFrom(0, 1, 2, null),
  status: fc.constantFrom(...partnershipStatuses),
});
const worldArb = fc.record({
  mentees: peopleArb('mentee'),
  mentors: peopleArb('mentor'),
  pairs: fc.array(pairArb, { minLength: 1, maxLength: 6 }),
});

type DrawnWorld = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a random world's people and pairs; returns the facts each rule reads, by record. */
async function writeWorld(deps: Deps, world: Awaited<ReturnType<typeof buildWorld>>, drawn: DrawnWorld) {
  await clearPairs(deps);
  const write = async (p: {
    kind: 'mentee' | 'mentor';
    user: number | null;
    association: number | null;
    region: string | null;
  }) => {
    const associationId = p.association === null ? null : world.associations[p.association]!.id;
    const person = await buildPerson(deps, { kind: p.kind, associationId });
    const userId = p.user === null ? null : world.users[p.kind][p.user]!.id;
    await updatePerson(deps.db.kysely, person.id, { user_id: userId, region_code: p.region });
    return { id: person.id, kind: p.kind, associationId, regionCode: p.region, userId };
  };
  const mentees = [];
  for (const p of drawn.mentees) mentees.push(await write(p));
  const mentors = [];
  for (const p of drawn.mentors) mentors.push(await write(p));
  const pairs = [];
  for (const pair of drawn.pairs) {
    const mentee = mentees[pair.mentee % mentees.length]!;
    const mentor = mentors[pair.mentor % mentors.length]!;
    const associationId = pair.association === null ? null : world.associations[pair.association]!.id;
    const coachId = pair.coach === null ? null : world.coaches[pair.coach]!.id;
    const { id } = await linkPartnership(deps, {
      menteeId: mentee.id,
      mentorId: mentor.id,
      associationId,
      status: pair.status,
    });
    await updatePartnership(deps.db.kysely, id, { coach_id: coachId });
    pairs.push({ id, associationId, coachId, status: pair.status, mentee, mentor });
  }
  return { mentees, mentors, pairs };
}

describe('the partnership scope returns exactly the pairs the per-record check allows', () => {
  it('on random pairs and actors, for every action', async () => {
    const { deps } = t();
    const world = await buildWorld(deps);
    await fc.assert(
      fc.asyncProperty(worldArb, async (drawn) => {
        const { pairs } = await writeWorld(deps, world, drawn);
        for (const actor of world.actors)
          for (const action of ['read', 'list', 'follow_up'] as PartnershipAction[]) {
            const inScope = await deps.db.kysely
              .selectFrom('partnerships as p')
              .innerJoin('people as me', 'me.id', 'p.mentee_id')
              .innerJoin('people as mo', 'mo.id', 'p.mentor_id')
              .select('p.id')
              .where(partnershipScopeWhere(partnershipScopeOf(actor, action)))
              .execute();
            const allowed = pairs.filter((p) =>
              mayAccessPartnership(
                actor,
                {
                  associationId: p.associationId,
                  coachId: p.coachId,
                  menteeUserId: p.mentee.userId,
                  mentorUserId: p.mentor.userId,
                },
                action,
              ),
            );
            expect(inScope.map((r) => r.id).sort(), `${JSON.stringify(actor)} ${action}`).toEqual(
              allowed.map((p) => p.id).sort(),
            );
          }
      }),
      { numRuns: 15 },
    );
  });
});

describe('the career scope returns exactly the mentees whose records the per-record check allows', () => {
  it('on random pairs and actors, for every action', async () => {
    const { deps } = t();
    const world = await buildWorld(deps);
    const actions: CareerAction[] = [
      'read',
      'write_cv',
      'comment',
      'resolve_comment',
      'give_feedback',
      'read_report',
    ];
    await fc.assert(
      fc.asyncProperty(worldArb, async (drawn) => {
        const { mentees, mentors, pairs } = await writeWorld(deps, world, drawn);
        for (const actor of world.actors)
          for (const action of actions) {
            const inScope = await deps.db.kysely
              .selectFrom('people')
              .select('people.id')
              .where(careerScopeWhere(careerScopeOf(actor, action)))
              .execute();
            // Mentors are people too: the check must refuse their "career record" as the scope does.
            const allowed = [...mentees, ...mentors].filter((m) =>
              mayAccessCareer(
                actor,
                {
                  kind: m.kind,
                  associationId: m.associationId,
                  menteeUserId: m.userId,
                  runningMentorUserIds: pairs
                    .filter((p) => p.mentee.id === m.id && isRunningPartnership(p.status))
                    .flatMap((p) => (p.mentor.userId === null ? [] : [p.mentor.userId])),
                },
                action,
              ),
            );
            expect(inScope.map((r) => r.id).sort(), `${JSON.stringify(actor)} ${action}`).toEqual(
              allowed.map((m) => m.id).sort(),
            );
          }
      }),
      { numRuns: 15 },
    );
  });
});

describe('the training registration scope lists exactly the registrations the per-record check allows', () => {
  it('on random people and actors, for every action', async () => {
    const { deps } = t();
    const world = await buildWorld(deps);
    const module = await buildModule(deps);
    const session = await buildSession(deps, module.id);
    const regionOf = new Map<string, string>(world.associations.map((a) => [a.id, a.region]));
    await fc.assert(
      fc.asyncProperty(worldArb, async (drawn) => {
        const { mentees, mentors } = await writeWorld(deps, world, drawn);
        const people = [...mentees, ...mentors];
        for (const person of people) await buildRegistration(deps, session.id, person.id);
        for (const actor of world.actors) {
          const viewer = {
            actor,
            actorRegion: actor.associationId ? (regionOf.get(actor.associationId) ?? null) : null,
          };
          for (const action of Object.keys(trainingRegistrationAccess) as TrainingRegistrationAction[]) {
            const listed = await listSessionRegistrations(
              deps.db.kysely,
              session.id,
              trainingRegistrationScopeOf(viewer, action),
            );
            const allowed = people.filter((p) => mayAccessRegistration(viewer, p, action));
            expect(listed.map((r) => r.person_id).sort(), `${JSON.stringify(actor)} ${action}`).toEqual(
              allowed.map((p) => p.id).sort(),
            );
          }
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('the matching run scope lists exactly the runs the per-record check allows', () => {
  it('on random runs (one association or all of them) and actors, for every action', async () => {
    const { deps } = t();
    const world = await buildWorld(deps);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(0, 1, 2, null), { minLength: 1, maxLength: 6 }),
        async (drawn) => {
          await deps.db.kysely.deleteFrom('match_runs').execute();
          const runs = [];
          for (const association of drawn) {
            const associationId = association === null ? null : world.associations[association]!.id;
            const id = randomUUID();
            await insertRun(deps.db.kysely, {
              id,
              association_id: associationId,
              created_by: null,
              created_at: deps.now().toISOString(),
              status: 'proposed',
              matched: 0,
              mentees_in_pool: 0,
              result: '{}',
            });
            runs.push({ id, associationId });
          }
          for (const actor of world.actors)
            for (const action of Object.keys(matchingRunAccess) as MatchingRunAction[]) {
              const { items } = await pageRuns(deps.db.kysely, matchingRunScopeOf(actor, action), 1, 100);
              const allowed = runs.filter((r) => mayAccessMatchingRun(actor, r, action));
              expect(items.map((r) => r.id).sort(), `${JSON.stringify(actor)} ${action}`).toEqual(
                allowed.map((r) => r.id).sort(),
              );
            }
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('the private-note scope returns exactly the notes the meeting table lets each reader read', () => {
  it('on random pairs, notes by every kind of writer, and actors', async () => {
    const { deps } = t();
    const world = await buildWorld(deps);
    const writers = [...world.coaches, ...world.users.mentee, ...world.users.mentor].map((u) => u.id);
    await fc.assert(
      fc.asyncProperty(
        worldArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        async (drawn, authors) => {
          const { pairs } = await writeWorld(deps, world, drawn);
          const notes: Array<{ meetingId: string; authorId: string; pair: (typeof pairs)[number] }> = [];
          for (const pair of pairs) {
            const meetingId = randomUUID();
            const at = deps.now().toISOString();
            await insertMeeting(deps.db.kysely, {
              id: meetingId,
              partnership_id: pair.id,
              kind: 'regular',
              starts_at: at,
              duration_minutes: 60,
              place: null,
              video_url: null,
              topic: null,
              application_id: null,
              status: 'held',
              planned_by: null,
              planned_at: at,
              logged_by: null,
              logged_at: at,
              held_minutes: 60,
              topics: '[]',
              shared_notes: null,
              updated_at: at,
            });
            for (const authorId of new Set(authors.map((a) => writers[a % writers.length]!))) {
              await upsertPrivateNote(deps.db.kysely, {
                meeting_id: meetingId,
                author_id: authorId,
                text: 'x',
                updated_at: at,
              });
              notes.push({ meetingId, authorId, pair });
            }
          }
          const meetingIds = [...new Set(notes.map((n) => n.meetingId))];
          for (const actor of world.actors) {
            const read = await privateNotes(deps.db.kysely, meetingIds, {
              userId: actor.id,
              scope: meetingScopeOf(actor, 'read_private_notes'),
            });
            const allowed = notes.filter(
              (n) =>
                n.authorId === actor.id ||
                mayAccessMeetings(
                  actor,
                  {
                    associationId: n.pair.associationId,
                    coachId: n.pair.coachId,
                    menteeUserId: n.pair.mentee.userId,
                    mentorUserId: n.pair.mentor.userId,
                  },
                  'read_private_notes',
                ),
            );
            const key = (n: { meetingId: string; authorId: string }) => `${n.meetingId}/${n.authorId}`;
            expect(
              read.map((r) => key({ meetingId: r.meeting_id, authorId: r.author_id })).sort(),
              JSON.stringify(actor),
            ).toEqual(allowed.map(key).sort());
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
