import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { insertMeeting } from '../../src/db/queries/meetings.js';
import { saveParticipantFacts } from '../../src/db/queries/participant-facts.js';
import { updatePartnership } from '../../src/db/queries/partnerships.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { linkPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { buildModule, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { type TestContext, withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** A completed participant with a full record, a partnership that met twice in three of its months, and training. */
async function cohort(c: TestContext) {
  const association = await buildAssociation(c.deps);
  const mentor = await buildPerson(c.deps, {
    kind: 'mentor',
    associationId: association.id,
    status: 'available',
  });
  const amina = await buildPerson(c.deps, {
    kind: 'mentee',
    associationId: association.id,
    status: 'completed',
    firstName: 'Amina',
    lastName: 'Uniekenaam',
    appliedDaysAgo: 300,
  });
  await updatePerson(c.deps.db.kysely, amina.id, {
    date_of_birth: '1990-05-20',
    postcode: '9000',
    email: 'amina.uniek@example.be',
  });
  await saveParticipantFacts(c.deps.db.kysely, {
    person_id: amina.id,
    gender: 'woman',
    labour_market_status: 'unemployed',
    long_term_unemployed: 1,
    education: 'isced_5_8',
    entry_date: '2026-02-02',
    exit_date: '2026-08-20',
    disability: 'yes',
    third_country_national: 'yes',
    housing_exclusion: null,
    updated_at: c.deps.now().toISOString(),
    updated_by: null,
  });
  const pair = await linkPartnership(c.deps, {
    menteeId: amina.id,
    mentorId: mentor.id,
    associationId: association.id,
    status: 'completed',
  });
  await updatePartnership(c.deps.db.kysely, pair.id, {
    started_at: '2026-02-10T09:00:00.000Z',
    ended_at: '2026-08-20T09:00:00.000Z',
    outcome: 'job',
  });
  // Two meetings held in February, March and May; one in April; a cancelled one in June.
  const meetings = [
    ['2026-02-12T17:00:00.000Z', 'held'],
    ['2026-02-26T17:00:00.000Z', 'held'],
    ['2026-03-05T17:00:00.000Z', 'held'],
    ['2026-03-19T17:00:00.000Z', 'held'],
    ['2026-04-09T16:00:00.000Z', 'held'],
    ['2026-05-07T16:00:00.000Z', 'held'],
    ['2026-05-21T16:00:00.000Z', 'held'],
    ['2026-06-04T16:00:00.000Z', 'cancelled'],
  ] as const;
  for (const [at, status] of meetings)
    await insertMeeting(c.deps.db.kysely, {
      id: randomUUID(),
      partnership_id: pair.id,
      kind: 'regular',
      starts_at: at,
      duration_minutes: 60,
      place: 'Koffiebar Gent',
      video_url: null,
      topic: 'Sollicitatie bij UZ Gent',
      application_id: null,
      status,
      planned_by: null,
      planned_at: at,
      logged_by: null,
      logged_at: status === 'held' ? at : null,
      held_minutes: status === 'held' ? 60 : null,
      topics: '[]',
      shared_notes: 'Privé notitie over Amina',
      updated_at: at,
    });
  const session = await buildSession(c.deps, (await buildModule(c.deps, { audience: 'mentee' })).id);
  await buildRegistration(c.deps, session.id, amina.id, 'attended');
  const other = await buildSession(c.deps, (await buildModule(c.deps, { audience: 'mentee' })).id);
  await buildRegistration(c.deps, other.id, amina.id, 'absent');
  // In the cohort without a record; an applicant (not a participant); a participant of another year.
  const yusuf = await buildPerson(c.deps, {
    kind: 'mentee',
    associationId: association.id,
    status: 'ready_to_match',
  });
  await buildPerson(c.deps, { kind: 'mentee', associationId: association.id, status: 'applied' });
  await buildPerson(c.deps, {
    kind: 'mentee',
    associationId: association.id,
    status: 'assessed',
    appliedDaysAgo: 400,
  });
  const admin = await buildUser(c.deps, { role: 'admin' });
  return { amina, yusuf, admin, cookie: await sessionCookieFor(c.deps, admin) };
}

describe('the evaluator export', () => {
  it('holds one pseudonymised record per participant of the cohort, with the figures the records give', async () => {
    const c = t();
    const { admin } = await cohort(c);
    const { evaluatorExport } = await import('../../src/services/reports/evaluator-export.js');
    const actor = { id: admin.id, role: 'admin' as const, associationId: null, name: admin.name };
    const result = await evaluatorExport(c.deps, { actor, requestId: 't', ip: null }, actor, {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    if (!result.ok) throw new Error(result.error.message);
    const records = result.value.records;
    expect(records).toHaveLength(2);
    const amina = records.find((r) => r.gender === 'woman');
    expect(amina).toEqual({
      pseudonym: expect.stringMatching(/^[a-z2-7]{16}$/),
      region: 'VLG',
      age_band_at_entry: '30-54',
      gender: 'woman',
      education_isced: 'isced_5_8',
      labour_market_status_at_entry: 'unemployed',
      long_term_unemployed: 1,
      status: 'completed',
      applied_on: expect.stringMatching(/^2026-01-\d\d$/),
      entry_date: '2026-02-02',
      exit_date: '2026-08-20',
      partnership_status: 'completed',
      partnership_started_on: '2026-02-10',
      partnership_ended_on: '2026-08-20',
      // Started on the 10th: February to July are its six cadence months, all ended by 20 August.
      cadence_months: 6,
      cadence_months_met: 3,
      training_sessions_attended: 1,
      outcome_at_end: 'job',
      end_reason: null,
    });
    const yusuf = records.find((r) => r !== amina);
    expect(yusuf).toMatchObject({
      gender: null,
      partnership_status: null,
      cadence_months: 0,
      training_sessions_attended: 0,
    });
    expect(result.value.dictionary.map((d) => d.column)).toEqual(result.value.columns);
  });

  it('carries no name, contact, postcode, birth date, special-category answer or free text', async () => {
    const c = t();
    const { amina, cookie } = await cohort(c);
    const response = await c.app.inject({
      method: 'GET',
      url: '/api/reports/evaluator-export?from=2026-01-01&to=2026-12-31&format=csv',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="evaluator-export-2026-01-01-2026-12-31.csv"',
    );
    const text = response.body;
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    for (const leak of [
      'Amina',
      'Uniekenaam',
      'amina.uniek@example.be',
      amina.id,
      '9000',
      '1990-05-20',
      'Koffiebar',
      'Privé',
      'UZ Gent',
      'disab',
    ])
      expect(text).not.toContain(leak);
  });

  it('gives each export its own pseudonyms, and audits every export', async () => {
    const c = t();
    const { cookie, admin } = await cohort(c);
    const pseudonyms = async () => {
      const r = await c.app.inject({
        method: 'GET',
        url: '/api/reports/evaluator-export?from=2026-01-01&to=2026-12-31&format=csv',
        headers: { cookie },
      });
      return r.body
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[0]);
    };
    const first = await pseudonyms();
    const second = await pseudonyms();
    expect(new Set(first).size).toBe(2);
    expect(first.filter((p) => second.includes(p))).toEqual([]);
    const events = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'report.evaluator_export')
      .execute();
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({
      actor_id: admin.id,
      details: JSON.stringify({ from: '2026-01-01', to: '2026-12-31', participants: 2 }),
    });
  });

  it('is a workbook with the records and the data dictionary', async () => {
    const c = t();
    const { cookie } = await cohort(c);
    const response = await c.app.inject({
      method: 'GET',
      url: '/api/reports/evaluator-export?from=2026-01-01&to=2026-12-31&format=xlsx',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['records', 'dictionary']);
    expect(workbook.getWorksheet('records')?.rowCount).toBe(3);
    expect(workbook.getWorksheet('dictionary')?.getRow(2).getCell(1).value).toBe('pseudonym');
  });

  it('is for admins only, and names the field of a wrong period', async () => {
    const c = t();
    const { cookie } = await cohort(c);
    const association = await buildAssociation(c.deps);
    for (const role of ['coach', 'funder', 'mentee'] as const) {
      const user = await buildUser(c.deps, { role, associationId: role === 'coach' ? association.id : null });
      const refused = await call(
        c.app,
        'GET',
        '/api/reports/evaluator-export?from=2026-01-01&to=2026-12-31&format=csv',
        {
          cookie: await sessionCookieFor(c.deps, user),
        },
      );
      expect(refused.status, role).toBe(403);
    }
    const wrong = await call(
      c.app,
      'GET',
      '/api/reports/evaluator-export?from=2026-12-31&to=2026-01-01&format=csv',
      {
        cookie,
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body?.error.details).toEqual([
      { path: ['to'], code: 'report.invalid', message: 'to must be on or after from' },
    ]);
    const none = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'report.evaluator_export')
      .execute();
    expect(none).toEqual([]);
  });
});
