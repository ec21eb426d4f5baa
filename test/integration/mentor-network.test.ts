import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('mentor network', () => {
  it('lists only mentors who opted in, to mentors and staff, never to mentees', async () => {
    const { app, deps } = t();
    const els = await buildParticipant(deps, { kind: 'mentor', associationId: null, firstName: 'Els' });
    const jan = await buildParticipant(deps, { kind: 'mentor', associationId: null, firstName: 'Jan' });
    const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: null });
    const joined = await call(app, 'PUT', '/api/me/mentor-network', {
      cookie: els.cookie,
      body: { line: 'Verpleegkundige, graag peer review over feedback geven.' },
    });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      listed: true,
      line: 'Verpleegkundige, graag peer review over feedback geven.',
    });

    const seenByJan = await call(app, 'GET', '/api/mentor-network', { cookie: jan.cookie });
    expect(seenByJan.status).toBe(200);
    expect(seenByJan.body).toMatchObject({ total: 1, page: 1 });
    expect(seenByJan.body?.items[0]).toMatchObject({
      personId: els.id,
      name: els.name,
      languages: ['nl'],
      sector: { code: '86' },
    });
    expect((await call(app, 'GET', '/api/mentor-network', { cookie: mentee.cookie })).status).toBe(403);
    expect(
      (
        await call(app, 'PUT', '/api/me/mentor-network', {
          cookie: mentee.cookie,
          body: { line: 'Hallo daar' },
        })
      ).status,
    ).toBe(403);

    const coach = await sessionCookieFor(deps, await buildUser(deps, { role: 'coach' }));
    expect((await call(app, 'GET', '/api/mentor-network', { cookie: coach })).body?.total).toBe(1);
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'training.directory_read')
      .execute();
    expect(audit).toHaveLength(1);

    await call(app, 'POST', '/api/me/mentor-network/leave', { cookie: els.cookie, body: {} });
    expect((await call(app, 'GET', '/api/mentor-network', { cookie: jan.cookie })).body?.total).toBe(0);
    expect((await call(app, 'GET', '/api/me/mentor-network', { cookie: els.cookie })).body?.listed).toBe(
      false,
    );
    const bad = await call(app, 'PUT', '/api/me/mentor-network', { cookie: els.cookie, body: { line: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body?.error.details[0].path).toEqual(['body', 'line']);
  });

  it('keeps network events for mentors and gives them sessions like training', async () => {
    const { app, deps } = t();
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const body = {
      code: 'network-evening',
      audience: 'mentee',
      kind: 'network_event',
      title: { nl: 'Netwerkavond', fr: 'Soirée réseau', en: 'Network evening' },
      description: { nl: 'Samen', fr: 'Ensemble', en: 'Together' },
      durationMinutes: 120,
      format: 'in_person',
      languages: ['nl'],
      goals: { nl: [], fr: [], en: [] },
    };
    const wrong = await call(app, 'POST', '/api/training/modules', { cookie: admin, body });
    expect(wrong.status).toBe(400);
    expect(wrong.body?.error.details[0].path).toEqual(['audience']);
    const created = await call(app, 'POST', '/api/training/modules', {
      cookie: admin,
      body: { ...body, audience: 'mentor' },
    });
    expect(created.body).toMatchObject({ kind: 'network_event', audience: 'mentor' });
  });
});

describe('training overview for staff', () => {
  it("counts per module and period, scoped to the coach's association, and names who lacks a required module", async () => {
    const { app, deps } = t();
    const mine = await buildAssociation(deps);
    const theirs = await buildAssociation(deps);
    const diversity = await buildModule(deps, { audience: 'mentor', required: true, code: 'diversity' });
    const inPeriod = await buildSession(deps, diversity.id, {
      startsAt: '2026-11-10T17:00:00Z',
      capacity: 3,
    });
    const outside = await buildSession(deps, diversity.id, { startsAt: '2027-01-10T17:00:00Z' });
    const a = await buildParticipant(deps, { kind: 'mentor', associationId: mine.id, firstName: 'Anna' });
    const b = await buildParticipant(deps, { kind: 'mentor', associationId: mine.id, firstName: 'Bart' });
    const c = await buildParticipant(deps, { kind: 'mentor', associationId: theirs.id, firstName: 'Chris' });
    const d = await buildParticipant(deps, { kind: 'mentor', associationId: mine.id, firstName: 'Dirk' });
    await buildRegistration(deps, inPeriod.id, a.id, 'attended');
    await buildRegistration(deps, inPeriod.id, b.id, 'absent');
    await buildRegistration(deps, inPeriod.id, c.id, 'attended');
    await buildRegistration(deps, inPeriod.id, d.id, 'waitlisted');
    await buildRegistration(deps, outside.id, d.id, 'registered');

    const coach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: mine.id }),
    );
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const url = '/api/training/overview?from=2026-11-01&to=2026-11-30';
    const forCoach = await call(app, 'GET', url, { cookie: coach });
    expect(forCoach.status).toBe(200);
    expect(forCoach.body?.items).toEqual([
      expect.objectContaining({
        code: 'diversity',
        sessions: 1,
        registrations: 2,
        attended: 1,
        absent: 1,
        attendanceRate: 0.5,
        waiting: 1,
      }),
    ]);
    const forAdmin = await call(app, 'GET', url, { cookie: admin });
    expect(forAdmin.body?.items[0]).toMatchObject({ registrations: 3, attended: 2, attendanceRate: 0.667 });
    const reversed = await call(app, 'GET', '/api/training/overview?from=2026-11-30&to=2026-11-01', {
      cookie: admin,
    });
    expect(reversed.status).toBe(400);

    const missing = await call(app, 'GET', '/api/training/overview/missing', { cookie: coach });
    expect(
      missing.body?.items.map((i: { name: string; moduleCode: string }) => `${i.name}:${i.moduleCode}`),
    ).toEqual([`${b.name}:diversity`, `${d.name}:diversity`]);
    const allMissing = await call(app, 'GET', '/api/training/overview/missing?pageSize=1&page=2', {
      cookie: admin,
    });
    expect(allMissing.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });

    expect((await call(app, 'GET', url, { cookie: a.cookie })).status).toBe(403);
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'in', ['training.overview_read', 'training.missing_read'])
      .execute();
    expect(audit.length).toBe(4);
  });
});
