import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent, buildParticipant } from '../factories/career.js';
import { linkPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

const application = {
  employer: 'AZ Sint-Jan',
  role: 'Zorgkundige',
  appliedOn: '2026-10-20',
  channel: 'public_employment_service',
  nextStep: 'Gesprek',
  nextStepOn: '2026-11-10',
};

async function setUp() {
  const { deps } = t();
  const association = await buildAssociation(deps);
  const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: association.id });
  const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
  await linkPartnership(deps, { menteeId: mentee.id, mentorId: mentor.id, associationId: association.id });
  const coach = await sessionCookieFor(
    deps,
    await buildUser(deps, { role: 'coach', associationId: association.id }),
  );
  return { association, mentee, mentor, coach, listPath: `/api/mentees/${mentee.id}/job-applications` };
}

describe('job applications', () => {
  it('tracks an application through its stages with who and when, and the mentor’s feedback', async () => {
    const { app, clock } = t();
    const s = await setUp();
    await call(app, 'POST', `/api/mentees/${s.mentee.id}/cv/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    const created = await call(app, 'POST', s.listPath, {
      cookie: s.mentee.cookie,
      body: { ...application, cvVersionNumber: 1 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stage: 'applied',
      cvVersionNumber: 1,
      history: [{ from: null, to: 'applied' }],
    });
    const id = created.body?.id as string;
    clock.advance(600_000);
    const interview = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.mentor.cookie,
      body: { stage: 'interview' },
    });
    expect(interview.body?.history.at(-1)).toMatchObject({
      from: 'applied',
      to: 'interview',
      actorName: s.mentor.user.name,
      at: clock.now().toISOString(),
    });
    const feedback = await call(app, 'POST', `/api/job-applications/${id}/feedback`, {
      cookie: s.mentor.cookie,
      body: { body: 'Oefen het STAR-antwoord over je stage.' },
    });
    expect(feedback.body?.feedback).toEqual([
      expect.objectContaining({ authorRole: 'mentor', body: 'Oefen het STAR-antwoord over je stage.' }),
    ]);
    expect(
      (
        await call(app, 'POST', `/api/job-applications/${id}/feedback`, {
          cookie: s.mentee.cookie,
          body: { body: 'x' },
        })
      ).status,
    ).toBe(403);
    const hired = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.mentee.cookie,
      body: { stage: 'hired' },
    });
    expect(hired.body?.stage).toBe('hired');
    // Final: the mentee cannot reopen, the coach can.
    const again = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.mentee.cookie,
      body: { stage: 'offer' },
    });
    expect(again.status).toBe(409);
    expect(again.body?.error.code).toBe('job_application.stage_final');
    const reopened = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.coach,
      body: { stage: 'offer' },
    });
    expect(reopened.body?.history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'interview',
      'hired',
      'offer',
    ]);
    const list = await call(app, 'GET', s.listPath, { cookie: s.coach });
    expect(list.body).toMatchObject({ total: 1, items: [{ id, stage: 'offer' }] });
    const patched = await call(app, 'PATCH', `/api/job-applications/${id}`, {
      cookie: s.mentee.cookie,
      body: { notes: 'Contract van 6 maanden' },
    });
    expect(patched.body).toMatchObject({ notes: 'Contract van 6 maanden', stage: 'offer' });
  });

  it('answers 409 for a stage change that makes no sense and 400 for bad fields, writing nothing', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const created = await call(app, 'POST', s.listPath, { cookie: s.mentee.cookie, body: application });
    const id = created.body?.id as string;
    const same = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.mentee.cookie,
      body: { stage: 'applied' },
    });
    expect([same.status, same.body?.error.code]).toEqual([409, 'job_application.same_stage']);
    const bad = await call(app, 'POST', `/api/job-applications/${id}/stage`, {
      cookie: s.mentee.cookie,
      body: { stage: 'ghosted' },
    });
    expect(bad.body?.error.details[0].path).toEqual(['body', 'stage']);
    for (const [body, field] of [
      [{ ...application, channel: 'newspaper' }, 'channel'],
      [{ ...application, appliedOn: '20-10-2026' }, 'appliedOn'],
      [{ ...application, employer: 'x'.repeat(161) }, 'employer'],
      [{ ...application, cvVersionNumber: 4 }, 'cvVersionNumber'],
      [{ ...application, attachmentId: crypto.randomUUID() }, 'attachmentId'],
      [{ ...application, salary: 3000 }, ''],
    ] as const) {
      const response = await call(app, 'POST', s.listPath, { cookie: s.mentee.cookie, body });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body?.error.details)).toContain(field);
    }
    // A value over its limit names the limit, so the form can say "at most 160 characters".
    const long = await call(app, 'POST', s.listPath, {
      cookie: s.mentee.cookie,
      body: { ...application, employer: 'x'.repeat(161) },
    });
    expect(long.body?.error.details).toEqual([
      expect.objectContaining({ path: ['body', 'employer'], code: 'too_big', limit: 160, origin: 'string' }),
    ]);
    const rows = await deps.db.kysely.selectFrom('job_applications').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses an application date after today and a next step before the application, naming the field', async () => {
    const { app, deps, clock } = t();
    // 23:30 in Brussels on 3 November is 22:30 UTC; forty minutes later it is 4 November there.
    clock.set('2026-11-03T22:30:00.000Z');
    const s = await setUp();
    const refused = async (method: 'POST' | 'PATCH', path: string, body: object) => {
      const response = await call(app, method, path, { cookie: s.mentee.cookie, body });
      expect(response.status).toBe(400);
      expect(response.body?.error.code).toBe('validation.failed');
      return response.body?.error.details.map((d: { path: string[]; code: string }) => [d.path, d.code]);
    };
    expect(
      await refused('POST', s.listPath, { ...application, appliedOn: '2026-11-05', nextStepOn: null }),
    ).toEqual([[['appliedOn'], 'job_application.applied_in_future']]);
    expect(await refused('POST', s.listPath, { ...application, nextStepOn: '2026-10-19' })).toEqual([
      [['nextStepOn'], 'job_application.next_step_before_application'],
    ]);
    expect(
      await refused('POST', s.listPath, { ...application, appliedOn: '2026-11-04', nextStepOn: null }),
    ).toEqual([[['appliedOn'], 'job_application.applied_in_future']]);
    clock.set('2026-11-03T23:10:00.000Z');
    // Now 4 November in Brussels (still 3 November in UTC): today is not the future.
    const created = await call(app, 'POST', s.listPath, {
      cookie: s.mentee.cookie,
      body: { ...application, appliedOn: '2026-11-04', nextStepOn: '2026-11-04' },
    });
    expect(created.status).toBe(201);
    const path = `/api/job-applications/${created.body?.id as string}`;
    // A correction is checked against the stored dates it leaves alone.
    expect(await refused('PATCH', path, { nextStepOn: '2026-11-03' })).toEqual([
      [['nextStepOn'], 'job_application.next_step_before_application'],
    ]);
    expect(await refused('PATCH', path, { appliedOn: '2026-11-06' })).toEqual([
      [['appliedOn'], 'job_application.applied_in_future'],
      [['nextStepOn'], 'job_application.next_step_before_application'],
    ]);
    const fine = await call(app, 'PATCH', path, {
      cookie: s.mentee.cookie,
      body: { appliedOn: '2026-11-01' },
    });
    expect([fine.status, fine.body?.appliedOn]).toEqual([200, '2026-11-01']);
    const rows = await deps.db.kysely
      .selectFrom('job_applications')
      .select(['applied_on', 'next_step_on'])
      .execute();
    expect(rows).toEqual([{ applied_on: '2026-11-01', next_step_on: '2026-11-04' }]);
  });

  it('keeps applications from a mentor of another pair, a coach elsewhere and another mentee (404)', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const created = await call(app, 'POST', s.listPath, { cookie: s.coach, body: application });
    expect(created.status).toBe(201);
    const id = created.body?.id as string;
    const elsewhere = await buildAssociation(deps);
    const otherCoach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: elsewhere.id }),
    );
    const otherMentor = await buildParticipant(deps, { kind: 'mentor', associationId: s.association.id });
    const otherMentee = await buildParticipant(deps, { kind: 'mentee', associationId: s.association.id });
    await linkPartnership(deps, {
      menteeId: otherMentee.id,
      mentorId: otherMentor.id,
      associationId: s.association.id,
    });
    for (const cookie of [otherCoach, otherMentor.cookie, otherMentee.cookie]) {
      expect((await call(app, 'GET', `/api/job-applications/${id}`, { cookie })).status).toBe(404);
      expect((await call(app, 'GET', s.listPath, { cookie })).status).toBe(404);
      expect(
        (
          await call(app, 'POST', `/api/job-applications/${id}/stage`, {
            cookie,
            body: { stage: 'interview' },
          })
        ).status,
      ).toBe(404);
    }
    const funder = await sessionCookieFor(deps, await buildUser(deps, { role: 'funder' }));
    expect((await call(app, 'GET', s.listPath, { cookie: funder })).status).toBe(403);
  });
});
