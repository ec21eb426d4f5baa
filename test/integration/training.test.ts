import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

const diversity = {
  code: 'diversity',
  audience: 'mentor',
  title: {
    nl: 'Diversiteit en discriminatie',
    fr: 'Diversité et discrimination',
    en: 'Diversity and discrimination',
  },
  description: { nl: 'Vooroordelen herkennen.', fr: 'Reconnaître les préjugés.', en: 'Recognising bias.' },
  durationMinutes: 180,
  format: 'in_person',
  languages: ['nl', 'fr'],
  goals: { nl: ['Vooroordelen herkennen'], fr: ['Reconnaître les préjugés'], en: ['Recognise bias'] },
  requiredForMatching: true,
};

async function setUp(deps: ReturnType<typeof t>['deps'], app: ReturnType<typeof t>['app'], capacity = 2) {
  const association = await buildAssociation(deps);
  const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
  const coach = await sessionCookieFor(
    deps,
    await buildUser(deps, { role: 'coach', associationId: association.id }),
  );
  const module = await call(app, 'POST', '/api/training/modules', { cookie: admin, body: diversity });
  const session = await call(app, 'POST', `/api/training/modules/${module.body?.id}/sessions`, {
    cookie: admin,
    body: {
      startsAt: '2026-12-03T18:00:00+01:00',
      endsAt: '2026-12-03T21:00:00+01:00',
      place: 'Gent',
      trainer: 'Nadia Benali',
      capacity,
      language: 'nl',
    },
  });
  return {
    association,
    admin,
    coach,
    moduleId: module.body?.id as string,
    sessionId: session.body?.id as string,
  };
}

describe('training', () => {
  it('keeps a catalogue and refuses a session that ends before it starts', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app);
    const catalogue = await call(app, 'GET', '/api/training/modules?audience=mentor', { cookie: s.coach });
    expect(catalogue.body?.items).toEqual([
      expect.objectContaining({
        code: 'diversity',
        requiredForMatching: true,
        title: expect.objectContaining({ fr: 'Diversité et discrimination' }),
      }),
    ]);
    const backwards = await call(app, 'POST', `/api/training/modules/${s.moduleId}/sessions`, {
      cookie: s.admin,
      body: {
        startsAt: '2026-12-03T18:00:00+01:00',
        endsAt: '2026-12-03T17:00:00+01:00',
        place: 'Gent',
        trainer: 'X Y',
        capacity: 5,
        language: 'nl',
      },
    });
    expect(backwards.body?.error.details[0]).toMatchObject({
      path: ['endsAt'],
      code: 'training.ends_before_start',
    });
    expect(
      (
        await call(app, 'POST', '/api/training/modules', {
          cookie: s.coach,
          body: { ...diversity, code: 'other' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(app, 'POST', '/api/training/modules', { cookie: s.admin, body: diversity })).status,
    ).toBe(409);
  });

  it('fills places, then the waiting list, and moves the waiting list up on a cancellation', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app, 2);
    const mentors = [];
    for (let i = 0; i < 3; i++)
      mentors.push(await buildPerson(deps, { kind: 'mentor', associationId: s.association.id }));
    const statuses = [];
    for (const m of mentors)
      statuses.push(
        (
          await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
            cookie: s.coach,
            body: { personId: m.id },
          })
        ).body,
      );
    expect(statuses.map((r) => r?.status)).toEqual(['registered', 'registered', 'waitlisted']);
    const attendWaiting = await call(
      app,
      'POST',
      `/api/training/registrations/${statuses[2]?.id}/attendance`,
      { cookie: s.coach, body: { attended: true } },
    );
    expect(attendWaiting.body?.error.code).toBe('training.not_registered');
    await call(app, 'POST', `/api/training/registrations/${statuses[0]?.id}/cancel`, {
      cookie: s.coach,
      body: {},
    });
    const list = await call(app, 'GET', `/api/training/sessions/${s.sessionId}/registrations`, {
      cookie: s.coach,
    });
    const byPerson = Object.fromEntries(
      list.body?.items.map((r: { personId: string; status: string }) => [r.personId, r.status]),
    );
    expect(byPerson).toEqual({
      [mentors[0]!.id]: 'cancelled',
      [mentors[1]!.id]: 'registered',
      [mentors[2]!.id]: 'registered',
    });
    const sessions = await call(app, 'GET', '/api/training/sessions', { cookie: s.coach });
    expect(sessions.body?.items[0]).toMatchObject({ registered: 2, waitlisted: 0, capacity: 2 });
    const mentee = await buildPerson(deps, { kind: 'mentee', associationId: s.association.id });
    expect(
      (
        await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
          cookie: s.coach,
          body: { personId: mentee.id },
        })
      ).body?.error.code,
    ).toBe('training.wrong_audience');
  });

  it('never overbooks when many register at the same moment', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app, 3);
    const mentors = [];
    for (let i = 0; i < 12; i++)
      mentors.push(await buildPerson(deps, { kind: 'mentor', associationId: s.association.id }));
    const results = await Promise.all(
      mentors.map((m) =>
        call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
          cookie: s.coach,
          body: { personId: m.id },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    const statuses = results.map((r) => r.body?.status).sort();
    expect(statuses.filter((x) => x === 'registered')).toHaveLength(3);
    expect(statuses.filter((x) => x === 'waitlisted')).toHaveLength(9);
    const stored = await deps.db.kysely
      .selectFrom('training_registrations')
      .select('status')
      .where('status', '=', 'registered')
      .execute();
    expect(stored).toHaveLength(3);
  });

  it('makes a mentor matchable once the required module is attended, and names the module until then', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app, 5);
    await buildPerson(deps, { kind: 'mentee', associationId: s.association.id, firstName: 'Amina' });
    const els = await buildPerson(deps, {
      kind: 'mentor',
      associationId: s.association.id,
      firstName: 'Els',
      assessment: { languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }] },
    });
    const before = await call(app, 'POST', '/api/matching/runs', { cookie: s.coach, body: {} });
    expect(before.body?.unmatched[0]).toMatchObject({
      reason: 'missing_training',
      params: { modules: 'diversity' },
    });
    const registration = await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
      cookie: s.coach,
      body: { personId: els.id },
    });
    await call(app, 'POST', `/api/training/registrations/${registration.body?.id}/attendance`, {
      cookie: s.coach,
      body: { attended: true },
    });
    const after = await call(app, 'POST', '/api/matching/runs', { cookie: s.coach, body: {} });
    expect(after.body?.pairs.map((p: { mentor: { id: string } }) => p.mentor.id)).toEqual([els.id]);
  });

  it('lets a mentor register themself but not someone else', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app, 5);
    const person = await buildPerson(deps, { kind: 'mentor', associationId: s.association.id });
    const other = await buildPerson(deps, { kind: 'mentor', associationId: s.association.id });
    const user = await buildUser(deps, { role: 'mentor' });
    await deps.db.kysely
      .updateTable('people')
      .set({ user_id: user.id })
      .where('id', '=', person.id)
      .execute();
    const cookie = await sessionCookieFor(deps, user);
    expect(
      (await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, { cookie, body: {} }))
        .body?.status,
    ).toBe('registered');
    expect(
      (
        await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
          cookie,
          body: { personId: other.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', `/api/training/sessions/${s.sessionId}/registrations`, { cookie })).status,
    ).toBe(403);
  });
});

describe('training path', () => {
  it('shows a coach what a mentor must still follow, and the mentee what the intake recommended', async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app, 5);
    const mentor = await buildPerson(deps, { kind: 'mentor', associationId: s.association.id });
    const before = await call(app, 'GET', `/api/people/${mentor.id}/training`, { cookie: s.coach });
    expect(
      before.body?.items.map(
        (i: { module: { code: string }; state: string }) => `${i.module.code}:${i.state}`,
      ),
    ).toEqual(['diversity:required']);
    const registration = await call(app, 'POST', `/api/training/sessions/${s.sessionId}/registrations`, {
      cookie: s.coach,
      body: { personId: mentor.id },
    });
    await call(app, 'POST', `/api/training/registrations/${registration.body?.id}/attendance`, {
      cookie: s.coach,
      body: { attended: true },
    });
    const after = await call(app, 'GET', `/api/people/${mentor.id}/training`, { cookie: s.coach });
    expect(after.body?.items[0].state).toBe('done');
    const cv = await call(app, 'POST', '/api/training/modules', {
      cookie: s.admin,
      body: { ...diversity, code: 'talents-cv', audience: 'mentee', requiredForMatching: false },
    });
    expect(cv.status).toBe(201);
    const mentee = await buildPerson(deps, {
      kind: 'mentee',
      associationId: s.association.id,
      assessment: { trainingNeeds: ['cv_and_talents'] },
    });
    const user = await buildUser(deps, { role: 'mentee' });
    await deps.db.kysely
      .updateTable('people')
      .set({ user_id: user.id })
      .where('id', '=', mentee.id)
      .execute();
    const own = await call(app, 'GET', '/api/me/training', { cookie: await sessionCookieFor(deps, user) });
    expect(
      own.body?.items.map((i: { module: { code: string }; state: string }) => `${i.module.code}:${i.state}`),
    ).toEqual(['talents-cv:recommended']);
  });

  it("lets the coach assign a module that then shows on the person's path, and take it back", async () => {
    const { app, deps } = t();
    const s = await setUp(deps, app);
    const coaching = await call(app, 'POST', '/api/training/modules', {
      cookie: s.admin,
      body: { ...diversity, code: 'coaching-skills', requiredForMatching: false },
    });
    const mentor = await buildPerson(deps, { kind: 'mentor', associationId: s.association.id });
    const mentee = await buildPerson(deps, { kind: 'mentee', associationId: s.association.id });
    const url = `/api/people/${mentor.id}/training/assignments`;
    const assigned = await call(app, 'POST', url, { cookie: s.coach, body: { moduleId: coaching.body?.id } });
    expect(assigned.body).toEqual({ personId: mentor.id, moduleId: coaching.body?.id, assigned: true });
    const path = await call(app, 'GET', `/api/people/${mentor.id}/training`, { cookie: s.coach });
    const step = path.body?.items.find((i: { module: { id: string } }) => i.module.id === coaching.body?.id);
    expect(step).toMatchObject({ state: 'assigned', assignedBy: expect.any(String) });
    // A mentor module cannot be assigned to a mentee; another association's coach sees neither.
    const wrong = await call(app, 'POST', `/api/people/${mentee.id}/training/assignments`, {
      cookie: s.coach,
      body: { moduleId: coaching.body?.id },
    });
    expect(wrong.body?.error).toMatchObject({
      code: 'training.wrong_audience',
      details: { field: 'moduleId' },
    });
    const elsewhere = await buildAssociation(deps);
    const otherCoach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: elsewhere.id }),
    );
    expect(
      (await call(app, 'POST', url, { cookie: otherCoach, body: { moduleId: coaching.body?.id } })).status,
    ).toBe(404);
    const removed = await call(app, 'DELETE', `${url}/${coaching.body?.id}`, { cookie: s.coach });
    expect(removed.body?.assigned).toBe(false);
    expect((await call(app, 'DELETE', `${url}/${coaching.body?.id}`, { cookie: s.coach })).status).toBe(404);
    const after = await call(app, 'GET', `/api/people/${mentor.id}/training`, { cookie: s.coach });
    expect(
      after.body?.items.find((i: { module: { id: string } }) => i.module.id === coaching.body?.id)?.state,
    ).toBe('available');
  });
});
