import { describe, expect, it } from 'vitest';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent } from '../factories/career.js';
import { buildPartnership, linkPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

type Pair = Awaited<ReturnType<typeof buildPartnership>>;

/** Sessions expire when the test clock moves on: sign everybody in again. */
async function signInAgain(deps: ReturnType<typeof t>['deps'], pair: Pair) {
  pair.cookies = {
    coach: await sessionCookieFor(deps, pair.coach),
    mentee: await sessionCookieFor(deps, pair.menteeUser),
    mentor: await sessionCookieFor(deps, pair.mentorUser),
  };
}

const inDays = (deps: ReturnType<typeof t>['deps'], days: number) =>
  new Date(deps.now().getTime() + days * day).toISOString();

async function meetingsCount(deps: ReturnType<typeof t>['deps'], partnershipId: string) {
  const row = await deps.db.kysely
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the mentoring cycle', () => {
  it('walks a pair from the proposal through meetings to a completed cycle', async () => {
    const { app, deps, clock } = t();
    const pair = await buildPartnership(deps);
    const url = `/api/partnerships/${pair.id}`;

    // Before the introduction only the coach plans, and only the introduction.
    const early = await call(app, 'POST', `${url}/meetings`, {
      cookie: pair.cookies.mentee,
      body: { startsAt: inDays(deps, 3), place: 'Gent' },
    });
    expect(early.status).toBe(400);
    expect(early.body?.error.code).toBe('meeting.before_introduction');
    const past = await call(app, 'POST', `${url}/meetings`, {
      cookie: pair.cookies.coach,
      body: { kind: 'introduction', startsAt: inDays(deps, -1), place: 'Gent' },
    });
    expect(past.status).toBe(400);
    expect(past.body?.error).toMatchObject({
      code: 'meeting.starts_in_past',
      details: { field: 'startsAt' },
    });
    expect(await meetingsCount(deps, pair.id)).toBe(0);

    const intro = await call(app, 'POST', `${url}/meetings`, {
      cookie: pair.cookies.coach,
      body: { kind: 'introduction', startsAt: inDays(deps, 2), durationMinutes: 45, place: 'Kantoor, Gent' },
    });
    expect(intro.status).toBe(201);
    const invites = await deps.db.kysely
      .selectFrom('outbox_emails')
      .select(['to_address', 'attachments'])
      .where('subject', 'like', '%Kennismaking%')
      .execute();
    expect(invites).toHaveLength(2);
    expect(invites[0]?.attachments).toContain('BEGIN:VCALENDAR');

    // The introduction happens; logging it moves the partnership on.
    clock.advance(2 * day + 3 * 3_600_000);
    await signInAgain(deps, pair);
    const logged = await call(app, 'POST', `/api/meetings/${intro.body?.id}/log`, {
      cookie: pair.cookies.coach,
      body: { held: true, durationMinutes: 50, topics: ['sector_orientation'] },
    });
    expect(logged.status).toBe(200);
    expect((await call(app, 'GET', url, { cookie: pair.cookies.mentee })).body?.status).toBe('introduced');

    // Both sides answer; a decline needs a reason.
    const noReason = await call(app, 'POST', `${url}/answer`, {
      cookie: pair.cookies.mentor,
      body: { answer: 'declined' },
    });
    expect(noReason.body?.error.code).toBe('partnership.reason_required');
    expect(
      (
        await call(app, 'POST', `${url}/answer`, {
          cookie: pair.cookies.mentee,
          body: { answer: 'accepted' },
        })
      ).body?.status,
    ).toBe('introduced');
    const again = await call(app, 'POST', `${url}/answer`, {
      cookie: pair.cookies.mentee,
      body: { answer: 'accepted' },
    });
    expect(again.status).toBe(409);
    const active = await call(app, 'POST', `${url}/answer`, {
      cookie: pair.cookies.mentor,
      body: { answer: 'accepted' },
    });
    expect(active.body?.status).toBe('active');

    // The mentor plans a meeting; after it the mentee logs it with a private note.
    const planned = await call(app, 'POST', `${url}/meetings`, {
      cookie: pair.cookies.mentor,
      body: { startsAt: inDays(deps, 5), videoUrl: 'https://meet.example.org/duo' },
    });
    expect(planned.status).toBe(201);
    const notYet = await call(app, 'POST', `/api/meetings/${planned.body?.id}/log`, {
      cookie: pair.cookies.mentee,
      body: { held: true, durationMinutes: 60, topics: ['cv'] },
    });
    expect(notYet.status).toBe(409);
    clock.advance(5 * day + 2 * 3_600_000);
    await signInAgain(deps, pair);
    await call(app, 'POST', `/api/meetings/${planned.body?.id}/log`, {
      cookie: pair.cookies.mentee,
      body: {
        held: true,
        durationMinutes: 60,
        topics: ['cv', 'interview_practice'],
        sharedNotes: 'CV herschreven',
        privateNote: 'Ik was zenuwachtig',
      },
    });
    const forMentor = await call(app, 'GET', `${url}/meetings`, { cookie: pair.cookies.mentor });
    const held = forMentor.body?.items.find((m: { id: string }) => m.id === planned.body?.id);
    expect(held).toMatchObject({
      status: 'held',
      sharedNotes: 'CV herschreven',
      privateNote: null,
      privateNotes: [],
    });
    const forCoach = await call(app, 'GET', `${url}/meetings`, { cookie: pair.cookies.coach });
    expect(forCoach.body?.items.find((m: { id: string }) => m.id === planned.body?.id).privateNotes).toEqual([
      expect.objectContaining({ text: 'Ik was zenuwachtig' }),
    ]);

    // The coach's health screen lists the pair.
    const health = await call(app, 'GET', '/api/partnerships/health', { cookie: pair.cookies.coach });
    expect(health.body?.items).toEqual([
      expect.objectContaining({ id: pair.id, health: expect.objectContaining({ state: 'on_track' }) }),
    ]);

    // Extension is capped at eight months; then the coach plans the evaluation.
    const tooLong = await call(app, 'POST', `${url}/extend`, {
      cookie: pair.cookies.coach,
      body: { plannedEndAt: inDays(deps, 300), reason: 'Nog sollicitaties lopende' },
    });
    expect(tooLong.body?.error.code).toBe('partnership.extension_too_long');
    const closing = await call(app, 'POST', `${url}/closing`, {
      cookie: pair.cookies.coach,
      body: { evaluationMeeting: { startsAt: inDays(deps, 7), place: 'Kantoor, Gent' } },
    });
    expect(closing.body?.status).toBe('closing');

    // Both evaluate in their own form; answers are checked against the instrument, once.
    const form = await call(app, 'GET', `${url}/evaluation`, { cookie: pair.cookies.mentee });
    expect(form.body?.questionnaire).toEqual({ code: 'end_of_cycle', version: 1 });
    expect(form.body?.items.map((i: { id: string }) => i.id)).toContain('situation');
    const missing = await call(app, 'POST', `${url}/evaluation`, {
      cookie: pair.cookies.mentee,
      body: { answers: { overall: 5 } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body?.error.details).toContainEqual(
      expect.objectContaining({ path: ['answers', 'situation'] }),
    );
    const answers = {
      overall: 5,
      meetings_useful: 4,
      coach_support: 5,
      confidence: 4,
      situation: 'job',
      would_recommend: true,
    };
    expect(
      (await call(app, 'POST', `${url}/evaluation`, { cookie: pair.cookies.mentee, body: { answers } }))
        .status,
    ).toBe(201);
    expect(
      (await call(app, 'POST', `${url}/evaluation`, { cookie: pair.cookies.mentee, body: { answers } }))
        .status,
    ).toBe(409);

    // Completion waits for the evaluation meeting (or a reason why it did not take place).
    const tooSoon = await call(app, 'POST', `${url}/complete`, {
      cookie: pair.cookies.coach,
      body: { outcome: 'still_searching' },
    });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body?.error).toMatchObject({
      code: 'partnership.evaluation_not_held',
      details: { field: 'evaluationSkippedReason', missingEvaluations: ['mentor'] },
    });
    const evaluation = (await call(app, 'GET', url, { cookie: pair.cookies.coach })).body?.nextMeeting;
    expect(evaluation?.kind).toBe('evaluation');
    clock.advance(7 * day + 2 * 3_600_000);
    await signInAgain(deps, pair);
    await call(app, 'POST', `/api/meetings/${evaluation?.id}/log`, {
      cookie: pair.cookies.coach,
      body: { held: true, durationMinutes: 60, topics: ['other'] },
    });
    const done = await call(app, 'POST', `${url}/complete`, {
      cookie: pair.cookies.coach,
      body: {
        outcome: 'job',
        job: { startDate: '2027-06-01', contractType: 'fixed_term', hours: 'part_time', sectorCode: '86' },
      },
    });
    expect(done.body?.status).toBe('completed');
    const final = await call(app, 'GET', url, { cookie: pair.cookies.coach });
    expect(final.body).toMatchObject({
      status: 'completed',
      outcome: 'job',
      outcomeDetails: { contractType: 'fixed_term', hours: 'part_time', sectorCode: '86' },
      health: null,
      nextMeeting: null,
      evaluationsMissing: ['mentor'],
    });
    expect(final.body?.history.map((h: { to: string }) => h.to)).toEqual([
      'proposed',
      'introduced',
      'active',
      'closing',
      'completed',
    ]);
    const mentee = await deps.db.kysely
      .selectFrom('people')
      .select('status')
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    const mentor = await deps.db.kysely
      .selectFrom('people')
      .select('status')
      .where('id', '=', pair.mentor.id)
      .executeTakeFirstOrThrow();
    expect([mentee.status, mentor.status]).toEqual(['completed', 'accepted']);
  });

  it('sends a mentee who was declined back to the pool with priority', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'introduced' });
    const declined = await call(app, 'POST', `/api/partnerships/${pair.id}/answer`, {
      cookie: pair.cookies.mentor,
      body: { answer: 'declined', reason: 'Te ver van mijn werk' },
    });
    expect(declined.body?.status).toBe('declined');
    const mentee = await deps.db.kysely
      .selectFrom('people')
      .select(['status', 'match_priority_since'])
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    expect(mentee.status).toBe('ready_to_match');
    expect(mentee.match_priority_since).not.toBeNull();
  });

  it('ends early with a reason from the list and offers a rematch', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 40 });
    const url = `/api/partnerships/${pair.id}/end-early`;
    const byMentor = await call(app, 'POST', url, {
      cookie: pair.cookies.mentor,
      body: { reason: 'no_contact' },
    });
    expect(byMentor.status).toBe(403);
    const noText = await call(app, 'POST', url, { cookie: pair.cookies.coach, body: { reason: 'other' } });
    expect(noText.body?.error.code).toBe('partnership.reason_required');
    const ended = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { reason: 'no_contact', reasonText: 'Geen antwoord meer' },
    });
    expect(ended.body?.status).toBe('ended_early');
    const mentee = await deps.db.kysely
      .selectFrom('people')
      .select('status')
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    expect(mentee.status).toBe('ready_to_match');
    const twice = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { reason: 'no_contact' },
    });
    expect(twice.status).toBe(409);
  });

  it("keeps each pair's partnership and meetings to themselves", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 3 });
    const other = await buildPartnership(deps, { status: 'active', startedDaysAgo: 3 });
    const meeting = await call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
      cookie: pair.cookies.mentee,
      body: { startsAt: inDays(deps, 1), place: 'Bibliotheek' },
    });
    expect(meeting.status).toBe(201);
    // The meeting is in both sides' calendar feeds (with the invitation's UID), not in others'.
    for (const [cookie, expected] of [
      [pair.cookies.mentor, true],
      [pair.cookies.coach, true],
      [other.cookies.mentee, false],
    ] as const) {
      const feed = await call(app, 'GET', '/api/me/calendar', { cookie });
      const ics = await app.inject({ method: 'GET', url: new URL(feed.body?.url).pathname });
      expect(ics.statusCode).toBe(200);
      expect(ics.body.includes(`meeting-${meeting.body?.id}@mentor2work`)).toBe(expected);
    }
    expect(
      (await call(app, 'GET', `/api/partnerships/${pair.id}`, { cookie: other.cookies.mentor })).status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', `/api/partnerships/${pair.id}/meetings`, { cookie: other.cookies.mentee }))
        .status,
    ).toBe(404);
    const foreignLog = await call(app, 'POST', `/api/meetings/${meeting.body?.id}/log`, {
      cookie: other.cookies.mentor,
      body: { held: false },
    });
    expect(foreignLog.status).toBe(404);
    // Another association's coach does not see the pair either.
    expect(
      (await call(app, 'GET', `/api/partnerships/${pair.id}`, { cookie: other.cookies.coach })).status,
    ).toBe(404);
    const health = await call(app, 'GET', '/api/partnerships/health', { cookie: other.cookies.coach });
    expect(health.body?.items.map((i: { id: string }) => i.id)).toEqual([other.id]);
    // A coach with no association yet follows no pair.
    const unplaced = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: null }),
    );
    const none = await call(app, 'GET', '/api/partnerships/health', { cookie: unplaced });
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({
      items: [],
      total: 0,
      counts: { on_track: 0, at_risk: 0, off_track: 0 },
    });
  });

  it('shows the health of the moment it is read, as the calendar moves on', async () => {
    const { app, deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 2 });
    const read = async () => {
      const cookie = await sessionCookieFor(deps, pair.coach);
      return (await call(app, 'GET', '/api/partnerships/health', { cookie })).body;
    };
    expect((await read())?.items[0].health).toMatchObject({ state: 'on_track', rule: 'cadence_met' });
    // Started on 31 October, so December asks nothing yet; November had no meeting.
    clock.advance(40 * day);
    expect((await read())?.items[0].health).toMatchObject({ state: 'at_risk', rule: 'last_month_short' });
    clock.advance(5 * day);
    const later = await read();
    expect(later?.items[0].health).toMatchObject({
      state: 'off_track',
      rule: 'no_meeting_45_days',
      details: { days: 47 },
    });
    expect(later?.counts).toEqual({ on_track: 0, at_risk: 0, off_track: 1 });
    const filtered = await call(app, 'GET', '/api/partnerships/health?state=on_track', {
      cookie: await sessionCookieFor(deps, pair.coach),
    });
    expect(filtered.body).toMatchObject({ items: [], total: 0 });
  });

  it("puts a help request in the coach's to-do list until it is handled", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 10 });
    const asked = await call(app, 'POST', `/api/partnerships/${pair.id}/help-requests`, {
      cookie: pair.cookies.mentee,
      body: { message: 'Mijn mentor antwoordt niet meer' },
    });
    expect(asked.status).toBe(201);
    const todo = await call(app, 'GET', '/api/coach/todo', { cookie: pair.cookies.coach });
    expect(todo.body?.items[0]).toMatchObject({
      kind: 'help_request',
      partnershipId: pair.id,
      subject: asked.body?.id,
    });
    expect(todo.body?.items).toContainEqual(
      expect.objectContaining({ kind: 'contact_due', subject: 'mentee' }),
    );
    const contact = await call(app, 'POST', `/api/partnerships/${pair.id}/contacts`, {
      cookie: pair.cookies.coach,
      body: { side: 'mentee', channel: 'call', at: deps.now().toISOString(), note: 'Gebeld' },
    });
    expect(contact.status).toBe(201);
    const future = await call(app, 'POST', `/api/partnerships/${pair.id}/contacts`, {
      cookie: pair.cookies.coach,
      body: { side: 'mentee', channel: 'call', at: inDays(deps, 2) },
    });
    expect(future.body?.error).toMatchObject({ code: 'contact.in_future', details: { field: 'at' } });
    const followUp = await call(app, 'GET', `/api/partnerships/${pair.id}/follow-up`, {
      cookie: pair.cookies.coach,
    });
    expect(followUp.body?.due.find((d: { side: string }) => d.side === 'mentee')).toMatchObject({
      required: 2,
      done: 1,
      due: true,
    });
    await call(app, 'POST', `/api/help-requests/${asked.body?.id}/handled`, {
      cookie: pair.cookies.coach,
      body: { note: 'Gebeld' },
    });
    const after = await call(app, 'GET', '/api/coach/todo', { cookie: pair.cookies.coach });
    expect(after.body?.items.some((i: { kind: string }) => i.kind === 'help_request')).toBe(false);
    expect(
      (
        await call(app, 'POST', `/api/help-requests/${asked.body?.id}/handled`, {
          cookie: pair.cookies.coach,
          body: {},
        })
      ).status,
    ).toBe(409);
  });

  it("shows the participant's home: the partnership, the next meeting, what is due, the coach", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'introduced' });
    const home = await call(app, 'GET', '/api/me/home', { cookie: pair.cookies.mentee });
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({
      person: { id: pair.mentee.id, kind: 'mentee' },
      partnerships: [expect.objectContaining({ id: pair.id, viewerSide: 'mentee', score: null })],
      due: [expect.objectContaining({ kind: 'answer_introduction', partnershipId: pair.id })],
      coach: { name: pair.coach.name, email: pair.coach.email },
    });
    expect((await call(app, 'GET', '/api/me/home', { cookie: pair.cookies.coach })).status).toBe(403);
  });

  it("puts a discrimination report first in the coach's to-do list, without its content", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 10 });
    const created = await call(app, 'POST', '/api/me/discrimination-reports', {
      cookie: pair.cookies.mentee,
      body: { occurredOn: '2026-10-28', whatHappened: 'Geweigerd om mijn naam.', grounds: ['name'] },
    });
    expect(created.status).toBe(201);
    const todo = await call(app, 'GET', '/api/coach/todo', { cookie: pair.cookies.coach });
    expect(todo.body?.items[0]).toEqual({
      kind: 'discrimination_report',
      partnershipId: null,
      personId: null,
      menteeName: pair.mentee.name,
      mentorName: '',
      subject: created.body?.id,
      text: null,
      since: expect.any(String),
    });
    const elsewhere = await buildPartnership(deps, { status: 'active', startedDaysAgo: 10 });
    const other = await call(app, 'GET', '/api/coach/todo', { cookie: elsewhere.cookies.coach });
    expect(other.body?.items.some((i: { kind: string }) => i.kind === 'discrimination_report')).toBe(false);
  });

  it("links an interview practice only to one of the mentee's own applications", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    const other = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    const body = {
      employer: 'AZ Sint-Jan',
      role: 'Zorgkundige',
      appliedOn: '2026-10-20',
      channel: 'network',
    };
    const own = await call(app, 'POST', `/api/mentees/${pair.mentee.id}/job-applications`, {
      cookie: pair.cookies.mentee,
      body,
    });
    const foreign = await call(app, 'POST', `/api/mentees/${other.mentee.id}/job-applications`, {
      cookie: other.cookies.mentee,
      body,
    });
    expect([own.status, foreign.status]).toEqual([201, 201]);
    const plan = (applicationId: string) =>
      call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
        cookie: pair.cookies.mentor,
        body: {
          startsAt: inDays(deps, 2),
          place: 'Gent',
          topic: 'Sollicitatiegesprek oefenen',
          applicationId,
        },
      });
    const refused = await plan(foreign.body?.id);
    expect(refused.status).toBe(400);
    expect(refused.body?.error).toMatchObject({
      code: 'meeting.application_not_found',
      details: { field: 'applicationId' },
    });
    expect(await meetingsCount(deps, pair.id)).toBe(0);
    const linked = await plan(own.body?.id);
    expect(linked.status).toBe(201);
    expect(linked.body?.applicationId).toBe(own.body?.id);
  });

  it("asks the mentor to comment on the mentee's new CV version until they do", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    const dueKinds = async () => {
      const home = await call(app, 'GET', '/api/me/home', { cookie: pair.cookies.mentor });
      return ((home.body?.due ?? []) as Array<{ kind: string }>).map((d) => d.kind);
    };
    expect(await dueKinds()).not.toContain('comment_cv');
    const cvPath = `/api/mentees/${pair.mentee.id}/cv`;
    const saved = await call(app, 'POST', `${cvPath}/versions`, {
      cookie: pair.cookies.mentee,
      body: { basedOn: null, content: buildCvContent() },
    });
    expect(saved.status).toBe(201);
    expect(await dueKinds()).toContain('comment_cv');
    const comment = await call(app, 'POST', `${cvPath}/versions/1/comments`, {
      cookie: pair.cookies.mentor,
      body: { section: 'profile', body: 'Begin met wat je zoekt.' },
    });
    expect(comment.status).toBe(201);
    expect(await dueKinds()).not.toContain('comment_cv');
  });

  it('keeps both answers when the two sides accept at the same moment', async () => {
    const { app, deps } = t();
    for (let run = 0; run < 3; run++) {
      const pair = await buildPartnership(deps, { status: 'introduced' });
      const url = `/api/partnerships/${pair.id}/answer`;
      const answers = await Promise.all([
        call(app, 'POST', url, { cookie: pair.cookies.mentee, body: { answer: 'accepted' } }),
        call(app, 'POST', url, { cookie: pair.cookies.mentor, body: { answer: 'accepted' } }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      expect(
        (await call(app, 'GET', `/api/partnerships/${pair.id}`, { cookie: pair.cookies.coach })).body?.status,
      ).toBe('active');
    }
  });

  it('counts both meetings when two are logged at the same moment, and never logs one twice', async () => {
    const { app, deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 1 });
    const ids: string[] = [];
    for (const days of [1, 2]) {
      const planned = await call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
        cookie: pair.cookies.mentee,
        body: { startsAt: inDays(deps, days), place: 'Gent' },
      });
      ids.push(planned.body?.id);
    }
    clock.advance(3 * day);
    await signInAgain(deps, pair);
    const body = { held: true, durationMinutes: 60, topics: ['cv'] };
    const logs = await Promise.all([
      call(app, 'POST', `/api/meetings/${ids[0]}/log`, { cookie: pair.cookies.mentee, body }),
      call(app, 'POST', `/api/meetings/${ids[1]}/log`, { cookie: pair.cookies.mentor, body }),
    ]);
    expect(logs.map((l) => l.status)).toEqual([200, 200]);
    const row = await deps.db.kysely
      .selectFrom('partnerships')
      .select('held_by_month')
      .where('id', '=', pair.id)
      .executeTakeFirstOrThrow();
    expect(
      Object.values(JSON.parse(row.held_by_month ?? '{}')).reduce((a: number, b) => a + Number(b), 0),
    ).toBe(2);
    const again = await call(app, 'POST', `/api/meetings/${ids[0]}/log`, {
      cookie: pair.cookies.mentor,
      body: { held: false },
    });
    expect(again.status).toBe(409);
    expect(again.body?.error.code).toBe('meeting.already_logged');
  });

  it('frees a mentor whose two partnerships end at the same moment', async () => {
    const { app, deps } = t();
    const first = await buildPartnership(deps, { status: 'active', startedDaysAgo: 20 });
    const mentee = await buildPerson(deps, {
      kind: 'mentee',
      associationId: first.associationId,
      status: 'in_partnership',
    });
    const second = await linkPartnership(deps, {
      menteeId: mentee.id,
      mentorId: first.mentor.id,
      associationId: first.associationId,
    });
    const end = (id: string) =>
      call(app, 'POST', `/api/partnerships/${id}/end-early`, {
        cookie: first.cookies.coach,
        body: { reason: 'no_contact' },
      });
    const ended = await Promise.all([end(first.id), end(second.id)]);
    expect(ended.map((e) => e.status)).toEqual([200, 200]);
    const mentor = await deps.db.kysely
      .selectFrom('people')
      .select('status')
      .where('id', '=', first.mentor.id)
      .executeTakeFirstOrThrow();
    expect(mentor.status).toBe('accepted');
  });

  it("shows private notes only to their writer, the pair's own coach and admins", async () => {
    const { app, deps, clock } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 1 });
    const colleague = await buildUser(deps, { role: 'coach', associationId: pair.associationId });
    const planned = await call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
      cookie: pair.cookies.mentee,
      body: { startsAt: inDays(deps, 1), place: 'Gent' },
    });
    clock.advance(2 * day);
    await signInAgain(deps, pair);
    await call(app, 'POST', `/api/meetings/${planned.body?.id}/log`, {
      cookie: pair.cookies.mentee,
      body: { held: true, durationMinutes: 60, topics: ['cv'], privateNote: 'Ik twijfel aan mijn mentor' },
    });
    const notesFor = async (cookie: string) =>
      (await call(app, 'GET', `/api/partnerships/${pair.id}/meetings`, { cookie })).body?.items[0]
        .privateNotes;
    expect(await notesFor(pair.cookies.coach)).toHaveLength(1);
    expect(await notesFor(await sessionCookieFor(deps, colleague))).toEqual([]);
    expect(await notesFor(pair.cookies.mentor)).toEqual([]);
  });

  it("leaves the coach's introduction to the coach: a participant cannot cancel it", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps);
    const intro = await call(app, 'POST', `/api/partnerships/${pair.id}/meetings`, {
      cookie: pair.cookies.coach,
      body: { kind: 'introduction', startsAt: inDays(deps, 2), place: 'Kantoor' },
    });
    const cancel = await call(app, 'POST', `/api/meetings/${intro.body?.id}/cancel`, {
      cookie: pair.cookies.mentee,
      body: {},
    });
    expect(cancel.body?.error).toMatchObject({ code: 'meeting.kind_for_coach' });
    expect(cancel.status).toBe(403);
    expect(cancel.body?.error.code).toBe('meeting.kind_for_coach');
  });
});
