import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/contracts/base-vocabulary.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { type TestContext, withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function admin(c: TestContext) {
  return sessionCookieFor(c.deps, await buildUser(c.deps, { role: 'admin' }));
}

/** A mentee with an account whose intake was done at `intakeAt`. */
async function menteeAfterIntake(c: TestContext, intakeAt: string, locale: Locale = 'fr') {
  const association = await buildAssociation(c.deps);
  const coach = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  const mentee = await buildPerson(c.deps, { kind: 'mentee', associationId: association.id, locale });
  const user = await buildUser(c.deps, { role: 'mentee', associationId: null, locale });
  await updatePerson(c.deps.db.kysely, mentee.id, { user_id: user.id });
  await c.deps.db.kysely
    .insertInto('person_status_changes')
    .values({
      id: randomUUID(),
      person_id: mentee.id,
      seq: 1,
      from_status: 'intake_planned',
      to_status: 'assessed',
      at: intakeAt,
      actor_id: coach.id,
      reason_code: null,
      reason_text: null,
    })
    .execute();
  return {
    association,
    mentee,
    coach,
    cookie: await sessionCookieFor(c.deps, user),
    coachCookie: await sessionCookieFor(c.deps, coach),
  };
}

const gsesAnswers = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`gse_${String(i + 1).padStart(2, '0')}`, (i % 4) + 1]),
);

const texts = (s: string) => ({ nl: `${s} (nl)`, fr: `${s} (fr)`, en: `${s} (en)` });
const newInstrument = {
  code: 'job_search',
  title: texts('Zoektocht'),
  languages: ['nl', 'fr', 'en'],
  items: [
    { id: 'confidence', kind: 'likert', required: true, min: 1, max: 5, text: texts('Vertrouwen') },
    {
      id: 'channels',
      kind: 'multiple_choice',
      required: false,
      options: [
        { value: 'vdab', text: texts('VDAB') },
        { value: 'network', text: texts('Netwerk') },
      ],
      text: texts('Kanalen'),
    },
    {
      id: 'applications',
      kind: 'number',
      required: false,
      min: 0,
      max: 200,
      integer: true,
      text: texts('Sollicitaties'),
    },
    { id: 'note', kind: 'short_text', required: false, text: texts('Opmerking') },
  ],
};

describe('questionnaire instruments', () => {
  it('are built in on a fresh install, listed a page at a time, with the GSES in English', async () => {
    const c = t();
    const cookie = await admin(c);
    const page = await call(c.app, 'GET', '/api/questionnaires/instruments?page=1&pageSize=4', { cookie });
    expect(page.status).toBe(200);
    expect(page.body?.total).toBe(6);
    expect(page.body?.items).toHaveLength(4);
    const rest = await call(c.app, 'GET', '/api/questionnaires/instruments?page=2&pageSize=4', { cookie });
    const codes = [...(page.body?.items ?? []), ...(rest.body?.items ?? [])].map(
      (i: { code: string }) => i.code,
    );
    expect(codes.sort()).toEqual(
      [
        'end_of_cycle_coach',
        'end_of_cycle_mentee',
        'end_of_cycle_mentor',
        'follow_up',
        'gses',
        'pulse',
      ].sort(),
    );
    const versions = await call(c.app, 'GET', '/api/questionnaires/instruments/builtin-gses/versions', {
      cookie,
    });
    expect(versions.body?.items).toEqual([
      expect.objectContaining({ version: 1, status: 'published', languages: ['en'] }),
    ]);
    expect(versions.body?.items[0].items).toHaveLength(10);
    const schedule = await call(c.app, 'GET', '/api/questionnaires/schedule?pageSize=100', { cookie });
    const entries = schedule.body?.items.map(
      (e: { moment: string; role: string }) => `${e.moment}:${e.role}`,
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        'baseline:mentee',
        'end_of_cycle:coach',
        'end_of_cycle:mentor',
        'follow_up_6:mentee',
      ]),
    );
    const followUp = await call(c.app, 'GET', '/api/questionnaires/instruments/builtin-follow_up/versions', {
      cookie,
    });
    const sector = followUp.body?.items[0].items.find((i: { id: string }) => i.id === 'work_sector');
    expect(sector.options.length).toBe(21);
    expect(sector.options[0].text.nl).toBe('Landbouw, bosbouw en visserij');
  });

  it('are for admins only', async () => {
    const c = t();
    const coach = await buildUser(c.deps, {
      role: 'coach',
      associationId: (await buildAssociation(c.deps)).id,
    });
    const cookie = await sessionCookieFor(c.deps, coach);
    expect((await call(c.app, 'GET', '/api/questionnaires/instruments', { cookie })).status).toBe(403);
  });

  it('publish versions that never change: editing after publication makes the next version', async () => {
    const c = t();
    const cookie = await admin(c);
    const incomplete = await call(c.app, 'POST', '/api/questionnaires/instruments', {
      cookie,
      body: { ...newInstrument, items: [{ ...newInstrument.items[0], text: { nl: 'Alleen Nederlands' } }] },
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body?.error.details[0]).toMatchObject({
      path: ['items', 0],
      code: 'questionnaire.text_missing',
    });

    const created = await call(c.app, 'POST', '/api/questionnaires/instruments', {
      cookie,
      body: newInstrument,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, status: 'draft' });
    const id = created.body?.instrumentId;
    const taken = await call(c.app, 'POST', '/api/questionnaires/instruments', {
      cookie,
      body: newInstrument,
    });
    expect(taken.status).toBe(409);

    const published = await call(c.app, 'POST', `/api/questionnaires/instruments/${id}/publish`, { cookie });
    expect(published.body).toMatchObject({ version: 1, status: 'published' });
    expect(
      (await call(c.app, 'POST', `/api/questionnaires/instruments/${id}/publish`, { cookie })).status,
    ).toBe(409);

    const edited = await call(c.app, 'PUT', `/api/questionnaires/instruments/${id}/draft`, {
      cookie,
      body: { languages: newInstrument.languages, items: newInstrument.items.slice(0, 1) },
    });
    expect(edited.body).toMatchObject({ version: 2, status: 'draft' });
    expect(edited.body?.items).toHaveLength(1);
    const versions = await call(c.app, 'GET', `/api/questionnaires/instruments/${id}/versions`, { cookie });
    expect(
      versions.body?.items.map((v: { version: number; status: string }) => `${v.version}:${v.status}`),
    ).toEqual(['2:draft', '1:published']);
    expect(versions.body?.items[1].items).toHaveLength(4);

    const draftInSchedule = await call(c.app, 'PUT', '/api/questionnaires/schedule', {
      cookie,
      body: { moment: 'pulse_month_3', role: 'mentee', versionId: edited.body?.id },
    });
    expect(draftInSchedule.status).toBe(409);
    const scheduled = await call(c.app, 'PUT', '/api/questionnaires/schedule', {
      cookie,
      body: { moment: 'pulse_month_3', role: 'mentee', versionId: published.body?.id },
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ moment: 'pulse_month_3', role: 'mentee', version: 1 });
    const audit = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'questionnaire.instrument_created',
      'questionnaire.version_published',
      'questionnaire.draft_saved',
      'questionnaire.scheduled',
    ]);
  });
});

describe('answering a due questionnaire', () => {
  it('asks the GSES baseline after the intake, in English when the version has no French, and stores it once', async () => {
    const c = t();
    c.clock.set('2026-11-02T09:00:00.000Z');
    const { cookie, mentee } = await menteeAfterIntake(c, '2026-10-30T10:00:00.000Z');
    const due = await call(c.app, 'GET', '/api/me/questionnaires', { cookie });
    expect(due.status).toBe(200);
    expect(due.body?.items).toEqual([
      expect.objectContaining({
        versionId: 'builtin-gses-v1',
        moment: 'baseline',
        partnershipId: null,
        from: '2026-10-30',
      }),
    ]);
    const form = await call(c.app, 'GET', '/api/me/questionnaires/builtin-gses-v1?moment=baseline', {
      cookie,
    });
    expect(form.body).toMatchObject({ locale: 'en', version: 1, instrumentCode: 'gses' });

    const url = '/api/me/questionnaires/builtin-gses-v1/answers';
    const missing = await call(c.app, 'POST', url, {
      cookie,
      body: { moment: 'baseline', partnershipId: null, answers: { ...gsesAnswers, gse_07: undefined } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body?.error.message).toContain('gse_07');
    expect(missing.body?.error.details).toEqual([
      {
        path: ['answers', 'gse_07'],
        code: 'questionnaire.answer_required',
        message: '"gse_07" needs an answer.',
      },
    ]);
    const outOfRange = await call(c.app, 'POST', url, {
      cookie,
      body: { moment: 'baseline', partnershipId: null, answers: { ...gsesAnswers, gse_03: 5 } },
    });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body?.error.details[0].message).toContain('from 1 to 4');

    const saved = await call(c.app, 'POST', url, {
      cookie,
      body: { moment: 'baseline', partnershipId: null, answers: gsesAnswers },
    });
    expect(saved.status).toBe(201);
    const row = await c.deps.db.kysely
      .selectFrom('questionnaire_answers')
      .selectAll()
      .where('id', '=', saved.body?.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      instrument_id: 'builtin-gses',
      instrument_version_id: 'builtin-gses-v1',
      version: 1,
      locale: 'en',
      respondent_role: 'mentee',
      respondent_person_id: mentee.id,
      concerns_person_id: mentee.id,
      concerns_partnership_id: null,
      moment: 'baseline',
      submitted_at: '2026-11-02T09:00:00.000Z',
    });
    const again = await call(c.app, 'POST', url, {
      cookie,
      body: { moment: 'baseline', partnershipId: null, answers: gsesAnswers },
    });
    expect(again.status).toBe(409);
    expect(again.body?.error.code).toBe('questionnaire.already_answered');
    expect((await call(c.app, 'GET', '/api/me/questionnaires', { cookie })).body?.items).toEqual([]);
  });

  it('refuses a questionnaire that is not due', async () => {
    const c = t();
    const { cookie } = await menteeAfterIntake(c, '2026-10-30T10:00:00.000Z');
    const early = await call(c.app, 'POST', '/api/me/questionnaires/builtin-follow_up-v1/answers', {
      cookie,
      body: { moment: 'follow_up_3', partnershipId: randomUUID(), answers: { situation: 'searching' } },
    });
    expect(early.status).toBe(409);
    expect(early.body?.error.code).toBe('questionnaire.not_due');
  });

  it('opens the end of cycle for mentee, mentor and coach; the coach answer concerns the mentee', async () => {
    const c = t();
    const pair = await buildPartnership(c.deps, { status: 'closing', startedDaysAgo: 190 });
    const coachDue = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.coach });
    expect(coachDue.body?.items.map((d: { instrumentCode: string }) => d.instrumentCode)).toEqual([
      'end_of_cycle_coach',
    ]);
    const mentorDue = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentor });
    expect(mentorDue.body?.items.map((d: { instrumentCode: string }) => d.instrumentCode)).toEqual([
      'end_of_cycle_mentor',
    ]);
    const menteeDue = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentee });
    expect(menteeDue.body?.items.map((d: { instrumentCode: string }) => d.instrumentCode).sort()).toEqual([
      'end_of_cycle_mentee',
      'gses',
    ]);
    const saved = await call(c.app, 'POST', '/api/me/questionnaires/builtin-end_of_cycle_coach-v1/answers', {
      cookie: pair.cookies.coach,
      body: {
        moment: 'end_of_cycle',
        partnershipId: pair.id,
        answers: { goals_reached: 4, cooperation: 5, meetings_kept: 'yes', notes: '' },
      },
    });
    expect(saved.status).toBe(201);
    const row = await c.deps.db.kysely
      .selectFrom('questionnaire_answers')
      .select([
        'respondent_role',
        'respondent_user_id',
        'concerns_person_id',
        'concerns_partnership_id',
        'answers',
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      respondent_role: 'coach',
      respondent_user_id: pair.coach.id,
      concerns_person_id: pair.mentee.id,
      concerns_partnership_id: pair.id,
      answers: JSON.stringify({ goals_reached: 4, cooperation: 5, meetings_kept: 'yes' }),
    });
  });

  it('counts the partnership evaluation already filled in as the end-of-cycle questionnaire', async () => {
    const c = t();
    const pair = await buildPartnership(c.deps, { status: 'closing', startedDaysAgo: 190 });
    const evaluation = await call(c.app, 'POST', `/api/partnerships/${pair.id}/evaluation`, {
      cookie: pair.cookies.mentee,
      body: {
        answers: {
          overall: 5,
          meetings_useful: 4,
          coach_support: 4,
          confidence: 5,
          situation: 'job',
          would_recommend: true,
        },
      },
    });
    expect(evaluation.status).toBe(201);
    const due = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentee });
    expect(due.body?.items.map((d: { instrumentCode: string }) => d.instrumentCode)).toEqual(['gses']);
    const mentorDue = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentor });
    expect(mentorDue.body?.items.map((d: { instrumentCode: string }) => d.instrumentCode)).toEqual([
      'end_of_cycle_mentor',
    ]);
  });

  it('asks the follow-up 3 months after the end and records the labour-market situation', async () => {
    const c = t();
    const pair = await buildPartnership(c.deps, { status: 'completed' });
    await c.deps.db.kysely
      .updateTable('partnerships')
      .set({ started_at: '2026-01-05T09:00:00.000Z', ended_at: '2026-07-15T09:00:00.000Z' })
      .where('id', '=', pair.id)
      .execute();
    c.clock.set('2026-10-14T12:00:00.000Z');
    const before = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentee });
    expect(before.body?.items.map((d: { moment: string }) => d.moment)).not.toContain('follow_up_3');
    c.clock.set('2026-10-15T12:00:00.000Z');
    const due = await call(c.app, 'GET', '/api/me/questionnaires', { cookie: pair.cookies.mentee });
    expect(due.body?.items).toContainEqual(
      expect.objectContaining({
        moment: 'follow_up_3',
        versionId: 'builtin-follow_up-v1',
        from: '2026-10-15',
        until: '2027-01-15',
      }),
    );
    const tooMany = await call(c.app, 'POST', '/api/me/questionnaires/builtin-follow_up-v1/answers', {
      cookie: pair.cookies.mentee,
      body: {
        moment: 'follow_up_3',
        partnershipId: pair.id,
        answers: { situation: 'in_work', work_hours: 80 },
      },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body?.error.details[0]).toMatchObject({ path: ['answers', 'work_hours'] });
    expect(tooMany.body?.error.details[0].message).toContain('at most 60');
    const saved = await call(c.app, 'POST', '/api/me/questionnaires/builtin-follow_up-v1/answers', {
      cookie: pair.cookies.mentee,
      body: {
        moment: 'follow_up_3',
        partnershipId: pair.id,
        answers: {
          situation: 'in_work',
          work_sector: 'nace_q',
          work_occupation: 'isco_5',
          work_contract: 'fixed_term',
          work_hours: 30,
          related_to_sector: 'yes',
        },
      },
    });
    expect(saved.status).toBe(201);
  });
});

describe("a person's answers for staff", () => {
  it('shows the answers to the coach, audited, and hides them from another association', async () => {
    const c = t();
    const { cookie, coachCookie, mentee, coach } = await menteeAfterIntake(c, '2026-10-30T10:00:00.000Z');
    await call(c.app, 'POST', '/api/me/questionnaires/builtin-gses-v1/answers', {
      cookie,
      body: { moment: 'baseline', partnershipId: null, answers: gsesAnswers },
    });
    const read = await call(c.app, 'GET', `/api/people/${mentee.id}/questionnaire-answers`, {
      cookie: coachCookie,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ total: 1, page: 1 });
    expect(read.body?.items[0]).toMatchObject({
      instrumentCode: 'gses',
      moment: 'baseline',
      locale: 'en',
      respondentRole: 'mentee',
    });
    expect(read.body?.items[0].answers.gse_01).toBe(1);
    const audit = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id'])
      .where('action', '=', 'questionnaire.answers_read')
      .execute();
    expect(audit).toEqual([{ actor_id: coach.id, subject_id: mentee.id }]);

    const other = await buildUser(c.deps, {
      role: 'coach',
      associationId: (await buildAssociation(c.deps)).id,
    });
    const hidden = await call(c.app, 'GET', `/api/people/${mentee.id}/questionnaire-answers`, {
      cookie: await sessionCookieFor(c.deps, other),
    });
    expect(hidden.status).toBe(404);
  });
});
