import { describe, expect, it } from 'vitest';
import { listOpenDiscriminationReports } from '../../src/services/career/discrimination-reports.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildParticipant } from '../factories/career.js';
import { linkPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

const report = {
  occurredOn: '2026-10-28',
  whatHappened: 'De werkgever zei dat mijn naam "niet past bij de klanten".',
  grounds: ['name', 'origin'],
};

async function setUp() {
  const { deps } = t();
  const association = await buildAssociation(deps);
  const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: association.id });
  const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
  await linkPartnership(deps, { menteeId: mentee.id, mentorId: mentor.id, associationId: association.id });
  const coachUser = await buildUser(deps, { role: 'coach', associationId: association.id });
  const coach = await sessionCookieFor(deps, coachUser);
  return { association, mentee, mentor, coach, coachUser };
}

describe('discrimination reports', () => {
  it('seals the account, shows it to the mentee and the coach (audited), never to the mentor', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const applicationResponse = await call(app, 'POST', `/api/mentees/${s.mentee.id}/job-applications`, {
      cookie: s.mentee.cookie,
      body: { employer: 'Retail NV', role: 'Kassier', appliedOn: '2026-10-20', channel: 'vacancy_site' },
    });
    const created = await call(app, 'POST', '/api/me/discrimination-reports', {
      cookie: s.mentee.cookie,
      body: { ...report, applicationId: applicationResponse.body?.id },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      applicationLabel: 'Kassier · Retail NV',
      grounds: ['name', 'origin'],
    });
    const id = created.body?.id as string;
    const row = await deps.db.kysely
      .selectFrom('discrimination_reports')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.sealed).not.toContain('werkgever');
    expect(row.sealed).not.toContain('origin');

    // The mentor: 404 on the report, 403 on the staff list, nothing about it in the application.
    expect(
      (await call(app, 'GET', `/api/discrimination-reports/${id}`, { cookie: s.mentor.cookie })).status,
    ).toBe(404);
    expect((await call(app, 'GET', '/api/discrimination-reports', { cookie: s.mentor.cookie })).status).toBe(
      403,
    );
    const seenByMentor = await call(app, 'GET', `/api/job-applications/${applicationResponse.body?.id}`, {
      cookie: s.mentor.cookie,
    });
    expect(JSON.stringify(seenByMentor.body)).not.toMatch(/werkgever|report|discrimination/i);

    const own = await call(app, 'GET', `/api/discrimination-reports/${id}`, { cookie: s.mentee.cookie });
    expect(own.body?.whatHappened).toBe(report.whatHappened);
    const todo = await call(app, 'GET', '/api/discrimination-reports', { cookie: s.coach });
    expect(todo.body).toMatchObject({ total: 1, items: [{ id, menteeName: s.mentee.name, status: 'open' }] });
    expect(todo.body?.items[0].whatHappened).toBeUndefined();
    const read = await call(app, 'GET', `/api/discrimination-reports/${id}`, { cookie: s.coach });
    expect(read.body?.whatHappened).toBe(report.whatHappened);
    const audits = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_role', 'subject_id'])
      .where('action', 'like', 'discrimination_report.%')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => [a.action, a.actor_role])).toEqual([
      ['discrimination_report.created', 'mentee'],
      ['discrimination_report.list_read', 'coach'],
      ['discrimination_report.read', 'coach'],
    ]);

    const handled = await call(app, 'POST', `/api/discrimination-reports/${id}/handle`, {
      cookie: s.coach,
      body: { note: 'Besproken met de mentee; melding bij Unia samen ingediend.' },
    });
    expect(handled.body).toMatchObject({ status: 'handled', handledNote: expect.stringContaining('Unia') });
    const twice = await call(app, 'POST', `/api/discrimination-reports/${id}/handle`, {
      cookie: s.coach,
      body: { note: 'x' },
    });
    expect([twice.status, twice.body?.error.code]).toEqual([409, 'discrimination_report.already_handled']);
    expect((await call(app, 'GET', '/api/discrimination-reports', { cookie: s.coach })).body?.total).toBe(0);
  });

  it('keeps reports within the association and refuses bad input', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const created = await call(app, 'POST', '/api/me/discrimination-reports', {
      cookie: s.mentee.cookie,
      body: report,
    });
    const elsewhere = await buildAssociation(deps);
    const otherCoachUser = await buildUser(deps, { role: 'coach', associationId: elsewhere.id });
    const otherCoach = await sessionCookieFor(deps, otherCoachUser);
    expect(
      (await call(app, 'GET', `/api/discrimination-reports/${created.body?.id}`, { cookie: otherCoach }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(app, 'POST', `/api/discrimination-reports/${created.body?.id}/handle`, {
          cookie: otherCoach,
          body: { note: 'x' },
        })
      ).status,
    ).toBe(404);
    const page = await listOpenDiscriminationReports(
      deps,
      { id: otherCoachUser.id, role: 'coach', associationId: elsewhere.id, name: otherCoachUser.name },
      { page: 1, pageSize: 25 },
    );
    expect(page.ok && page.value.total).toBe(0);
    // A coach with no association yet sees no one's reports (the list once showed every report).
    const unplacedCoach = await buildUser(deps, { role: 'coach', associationId: null });
    const unplaced = await listOpenDiscriminationReports(
      deps,
      { id: unplacedCoach.id, role: 'coach', associationId: null, name: unplacedCoach.name },
      { page: 1, pageSize: 25 },
    );
    expect(unplaced.ok && unplaced.value.total).toBe(0);
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    expect((await call(app, 'GET', '/api/discrimination-reports', { cookie: admin })).body?.total).toBe(1);
    // A mentor cannot file one; bad fields are named.
    expect(
      (await call(app, 'POST', '/api/me/discrimination-reports', { cookie: s.mentor.cookie, body: report }))
        .status,
    ).toBe(403);
    const cases = [
      [{ ...report, grounds: ['accent'] }, ['body', 'grounds', '0']],
      [{ ...report, grounds: [] }, ['body', 'grounds']],
      [{ ...report, occurredOn: '2027-01-01' }, ['occurredOn']],
      [{ ...report, applicationId: crypto.randomUUID() }, ['applicationId']],
      [{ ...report, whatHappened: '' }, ['body', 'whatHappened']],
    ] as const;
    for (const [body, path] of cases) {
      const response = await call(app, 'POST', '/api/me/discrimination-reports', {
        cookie: s.mentee.cookie,
        body,
      });
      expect(response.status).toBe(400);
      expect(response.body?.error.details[0].path.map(String)).toEqual(path);
    }
    const rows = await deps.db.kysely.selectFrom('discrimination_reports').select('id').execute();
    expect(rows).toHaveLength(1);
  });
});
