import { describe, expect, it } from 'vitest';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;
const hour = 3_600_000;

type Deps = ReturnType<typeof t>['deps'];
const daysAgo = (deps: Deps, days: number) => new Date(deps.now().getTime() - days * day).toISOString();
const log = { durationMinutes: 60, topics: ['cv'] };

describe('recording a meeting that already took place', () => {
  it('lets either side and the coach record held meetings that health counts by the date they took place', async () => {
    const { app, deps } = t();
    // Active for 50 days and never logged a meeting: more than 45 days of silence.
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 50 });
    const url = `/api/partnerships/${pair.id}`;
    expect((await call(app, 'GET', url, { cookie: pair.cookies.coach })).body?.health).toMatchObject({
      state: 'off_track',
      rule: 'no_meeting_45_days',
    });

    const byMentee = await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentee,
      body: { startsAt: daysAgo(deps, 12), place: 'Café', ...log, sharedNotes: 'CV besproken' },
    });
    expect(byMentee.status).toBe(201);
    expect(byMentee.body).toMatchObject({
      status: 'held',
      origin: 'recorded',
      heldMinutes: 60,
      enteredLate: true,
      startsAt: daysAgo(deps, 12),
      loggedAt: deps.now().toISOString(),
    });
    const byMentor = await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentor,
      body: { startsAt: new Date(deps.now().getTime() - 2 * hour).toISOString(), ...log },
    });
    expect(byMentor.status).toBe(201);
    expect(byMentor.body?.enteredLate).toBe(false);
    const byCoach = await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.coach,
      body: { startsAt: daysAgo(deps, 26), ...log, privateNote: 'Verteld aan de telefoon' },
    });
    expect(byCoach.status).toBe(201);

    // The stored summary counts the meetings in the months they took place; the silence is over.
    const row = await deps.db.kysely
      .selectFrom('partnerships')
      .select(['held_by_month', 'last_held_at', 'health_rule'])
      .where('id', '=', pair.id)
      .executeTakeFirstOrThrow();
    const months = JSON.parse(row.held_by_month ?? '{}') as Record<string, number>;
    expect(Object.values(months).reduce((a, b) => a + b, 0)).toBe(3);
    expect(row.last_held_at).toBe(new Date(deps.now().getTime() - 2 * hour).toISOString());
    expect(row.health_rule).not.toBe('no_meeting_45_days');
    const health = (await call(app, 'GET', url, { cookie: pair.cookies.coach })).body?.health;
    expect(health?.rule).not.toBe('no_meeting_45_days');

    // Who entered it and when stays in the audit, with how late.
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'meeting.record')
      .execute();
    expect(audit.map((a) => a.actor_id).sort()).toEqual(
      [pair.menteeUser.id, pair.mentorUser.id, pair.coach.id].sort(),
    );
    expect(audit.map((a) => JSON.parse(a.details ?? '{}').daysLate).sort((a, b) => a - b)).toEqual([
      0, 12, 26,
    ]);
  });

  it('refuses a date in the future, before the partnership, a meeting not yet over, and missing log fields', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 10 });
    const url = `/api/partnerships/${pair.id}/meetings/recorded`;
    const record = (body: Record<string, unknown>) =>
      call(app, 'POST', url, { cookie: pair.cookies.mentee, body: { ...log, ...body } });
    const future = await record({ startsAt: daysAgo(deps, -1) });
    expect(future.status).toBe(400);
    expect(future.body?.error).toMatchObject({
      code: 'meeting.starts_in_future',
      details: { field: 'startsAt' },
    });
    // The factory proposed the pair 14 days before the start.
    const before = await record({ startsAt: daysAgo(deps, 30) });
    expect(before.body?.error).toMatchObject({
      code: 'meeting.outside_partnership',
      details: { field: 'startsAt' },
    });
    const running = await record({ startsAt: new Date(deps.now().getTime() - 20 * 60_000).toISOString() });
    expect(running.status).toBe(409);
    expect(running.body?.error.code).toBe('meeting.not_yet_ended');
    const noTopics = await record({ startsAt: daysAgo(deps, 2), topics: [] });
    expect(noTopics.status).toBe(400);
    expect(noTopics.body?.error.code).toBe('validation.failed');
    const evaluation = await record({ startsAt: daysAgo(deps, 2), kind: 'evaluation' });
    expect(evaluation.status).toBe(403);
    expect(evaluation.body?.error.code).toBe('meeting.kind_for_coach');
    const count = await deps.db.kysely
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("keeps other people's pairs out, and a recorded introduction moves the pair on", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps);
    const url = `/api/partnerships/${pair.id}/meetings/recorded`;
    const stranger = await buildUser(deps, { role: 'mentee', associationId: null });
    const denied = await call(app, 'POST', url, {
      cookie: await sessionCookieFor(deps, stranger),
      body: { startsAt: daysAgo(deps, 1), ...log },
    });
    expect(denied.status).toBe(404);
    const tooEarly = await call(app, 'POST', url, {
      cookie: pair.cookies.mentor,
      body: { startsAt: daysAgo(deps, 1), ...log },
    });
    expect(tooEarly.body?.error.code).toBe('meeting.before_introduction');
    const intro = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { kind: 'introduction', startsAt: daysAgo(deps, 3), place: 'Kantoor', ...log },
    });
    expect(intro.status).toBe(201);
    const after = await call(app, 'GET', `/api/partnerships/${pair.id}`, { cookie: pair.cookies.coach });
    expect(after.body).toMatchObject({
      status: 'introduced',
      introducedAt: daysAgo(deps, 3),
      nextMeeting: null,
    });
  });

  it("puts a planned meeting whose time has passed on the coach's to-do and the participants' home", async () => {
    const { app, deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    const planned = await call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
      cookie: pair.cookies.mentor,
      body: { startsAt: new Date(deps.now().getTime() + 2 * hour).toISOString(), place: 'Gent' },
    });
    expect(planned.status).toBe(201);
    const kinds = async () => {
      const todo = await call(app, 'GET', '/api/coach/todo', {
        cookie: await sessionCookieFor(deps, pair.coach),
      });
      expect(todo.status).toBe(200);
      return (
        (todo.body?.items ?? []) as Array<{ kind: string; partnershipId: string | null; since: string }>
      ).filter((i) => i.kind === 'meeting_to_log' && i.partnershipId === pair.id);
    };
    expect(await kinds()).toEqual([]);
    clock.advance(4 * hour);
    expect(await kinds()).toEqual([expect.objectContaining({ since: planned.body?.startsAt })]);
    const home = await call(app, 'GET', '/api/me/home', {
      cookie: await sessionCookieFor(deps, pair.menteeUser),
    });
    expect(home.body?.due).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'log_meeting', meetingId: planned.body?.id })]),
    );
    // Once logged, it leaves the list.
    await call(app, 'POST', `/api/meetings/${planned.body?.id}/log`, {
      cookie: await sessionCookieFor(deps, pair.menteeUser),
      body: { held: true, ...log },
    });
    expect(await kinds()).toEqual([]);
  });
});
