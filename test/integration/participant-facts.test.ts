import { describe, expect, it } from 'vitest';
import type { PersonStatus } from '../../src/contracts/people-vocabulary.js';
import { updatePerson } from '../../src/db/queries/people.js';
import { cliContext } from '../../src/services/context.js';
import { programmeReport } from '../../src/services/reports/programme-report.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { type TestContext, withTestContext } from '../support/test-context.js';

const t = withTestContext();

const facts = {
  gender: 'woman',
  dateOfBirth: '1991-05-20',
  labourMarketStatus: 'unemployed',
  longTermUnemployed: true,
  education: 'isced_5_8',
  entryDate: '2026-10-15',
  exitDate: null,
  specialConsent: false,
  disability: null,
  thirdCountryNational: null,
  housingExclusion: null,
};

async function coachWithMentee(c: TestContext, status: PersonStatus = 'ready_to_match') {
  const association = await buildAssociation(c.deps);
  const coach = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  const mentee = await buildPerson(c.deps, { kind: 'mentee', associationId: association.id, status });
  return { association, coach, mentee, cookie: await sessionCookieFor(c.deps, coach) };
}

async function auditOf(c: TestContext, action: string) {
  return c.deps.db.kysely
    .selectFrom('audit_events')
    .select(['actor_id', 'subject_id', 'details'])
    .where('action', '=', action)
    .execute();
}

describe('the ESF+ participant record', () => {
  it('starts empty, lists what is missing and suggests the ISCED group from the application', async () => {
    const c = t();
    const { mentee, cookie, coach } = await coachWithMentee(c);
    await updatePerson(c.deps.db.kysely, mentee.id, {
      application: JSON.stringify({
        education: [
          { level: 'secondary', country: 'SY', recognisedInBelgium: false },
          { level: 'higher', country: 'SY', recognisedInBelgium: false },
        ],
      }),
    });
    const read = await call(c.app, 'GET', `/api/people/${mentee.id}/participant-facts`, { cookie });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      participant: true,
      missing: ['gender', 'dateOfBirth', 'labourMarketStatus', 'education', 'entryDate'],
      suggestedEducation: 'isced_5_8',
      specialConsent: { given: false },
      updatedAt: null,
    });
    expect(await auditOf(c, 'participant_facts.read')).toEqual([
      { actor_id: coach.id, subject_id: mentee.id, details: null },
    ]);
  });

  it('records the facts with one audit event naming the fields, not their values', async () => {
    const c = t();
    const { mentee, cookie } = await coachWithMentee(c);
    const saved = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: facts,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ missing: [], facts: { gender: 'woman', longTermUnemployed: true } });
    const person = await c.deps.db.kysely
      .selectFrom('people')
      .select('date_of_birth')
      .where('id', '=', mentee.id)
      .executeTakeFirstOrThrow();
    expect(person.date_of_birth).toBe('1991-05-20');
    const [event] = await auditOf(c, 'participant_facts.changed');
    expect(JSON.parse(String(event?.details))).toEqual({
      fields: ['gender', 'dateOfBirth', 'labourMarketStatus', 'longTermUnemployed', 'education', 'entryDate'],
    });
    expect(String(event?.details)).not.toContain('woman');
  });

  it('keeps the optional special-category answers only with their own consent, and clears them when it is withdrawn', async () => {
    const c = t();
    const { mentee, cookie } = await coachWithMentee(c);
    const withoutConsent = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: { ...facts, disability: 'yes' },
    });
    expect(withoutConsent.status).toBe(400);
    expect(withoutConsent.body?.error.details).toEqual([
      { path: ['disability'], code: 'needs_special_consent', message: expect.any(String) },
    ]);
    expect(await c.deps.db.kysely.selectFrom('participant_facts').selectAll().execute()).toEqual([]);

    const given = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: { ...facts, specialConsent: true, disability: 'prefer_not_to_say', thirdCountryNational: 'yes' },
    });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({
      specialConsent: { given: true, version: '2026-11' },
      facts: { disability: 'prefer_not_to_say', thirdCountryNational: 'yes', housingExclusion: null },
    });

    const withdrawn = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: facts,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      specialConsent: { given: false },
      facts: { disability: null, thirdCountryNational: null },
    });
    const stored = await c.deps.db.kysely
      .selectFrom('participant_facts')
      .select(['disability', 'third_country_national'])
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ disability: null, third_country_national: null });
    const consents = await c.deps.db.kysely
      .selectFrom('consents')
      .select(['kind', 'withdrawn_at'])
      .where('person_id', '=', mentee.id)
      .execute();
    expect(consents).toEqual([{ kind: 'esf_special_categories', withdrawn_at: c.deps.now().toISOString() }]);
    const last = (await auditOf(c, 'participant_facts.changed')).at(-1);
    expect(JSON.parse(String(last?.details))).toMatchObject({ specialConsent: 'withdrawn' });
  });

  it('names the field and its rule when a date is wrong, and writes nothing', async () => {
    const c = t();
    const { mentee, cookie } = await coachWithMentee(c, 'completed');
    const refused = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: { ...facts, exitDate: '2026-10-01', labourMarketStatus: 'inactive' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body?.error.details).toEqual([
      { path: ['exitDate'], code: 'exit_before_entry', message: expect.any(String) },
      { path: ['longTermUnemployed'], code: 'long_term_needs_unemployed', message: expect.any(String) },
    ]);
    const badDay = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
      cookie,
      body: { ...facts, entryDate: '2026-13-01' },
    });
    expect(badDay.status).toBe(400);
    expect(await c.deps.db.kysely.selectFrom('participant_facts').selectAll().execute()).toEqual([]);
  });

  it("is not another association's to read or write, nor a mentor's, nor a funder's", async () => {
    const c = t();
    const { mentee, cookie } = await coachWithMentee(c);
    const other = await coachWithMentee(c);
    expect(
      (await call(c.app, 'GET', `/api/people/${mentee.id}/participant-facts`, { cookie: other.cookie }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
          cookie: other.cookie,
          body: facts,
        })
      ).status,
    ).toBe(404);
    const funder = await buildUser(c.deps, { role: 'funder' });
    const funderCookie = await sessionCookieFor(c.deps, funder);
    expect(
      (await call(c.app, 'GET', `/api/people/${mentee.id}/participant-facts`, { cookie: funderCookie }))
        .status,
    ).toBe(403);
    expect(
      (await call(c.app, 'GET', '/api/participant-facts/incomplete', { cookie: funderCookie })).status,
    ).toBe(403);
    const mentor = await buildUser(c.deps, { role: 'mentor' });
    expect(
      (
        await call(c.app, 'GET', `/api/people/${mentee.id}/participant-facts`, {
          cookie: await sessionCookieFor(c.deps, mentor),
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(c.app, 'GET', `/api/people/${other.mentee.id}/participant-facts`, { cookie })).status,
    ).toBe(404);
  });

  it("lists the coach's incomplete participant records with what each lacks, the same rule as the person page", async () => {
    const c = t();
    const { association, mentee, cookie } = await coachWithMentee(c);
    const done = await buildPerson(c.deps, {
      kind: 'mentee',
      associationId: association.id,
      status: 'in_partnership',
    });
    const left = await buildPerson(c.deps, {
      kind: 'mentee',
      associationId: association.id,
      status: 'completed',
    });
    await buildPerson(c.deps, { kind: 'mentee', associationId: association.id, status: 'applied' });
    await buildPerson(c.deps, { kind: 'mentor', associationId: association.id, status: 'available' });
    await coachWithMentee(c);
    for (const id of [done.id, left.id])
      expect(
        (await call(c.app, 'PUT', `/api/people/${id}/participant-facts`, { cookie, body: facts })).status,
      ).toBe(200);
    const list = await call(c.app, 'GET', '/api/participant-facts/incomplete?pageSize=10', { cookie });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, participants: 3, page: 1, pageSize: 10 });
    const byId = Object.fromEntries(
      list.body?.items.map((i: { personId: string; missing: string[] }) => [i.personId, i.missing]),
    );
    expect(byId).toEqual({
      [mentee.id]: ['gender', 'dateOfBirth', 'labourMarketStatus', 'education', 'entryDate'],
      [left.id]: ['exitDate'],
    });
    for (const [id, missing] of Object.entries(byId)) {
      const page = await call(c.app, 'GET', `/api/people/${id}/participant-facts`, { cookie });
      expect(page.body?.missing).toEqual(missing);
    }
    const second = await call(c.app, 'GET', '/api/participant-facts/incomplete?page=2&pageSize=1', {
      cookie,
    });
    expect(second.body).toMatchObject({ total: 2, items: [expect.any(Object)] });
  });

  it('shows a coach without an association no one (deny by default)', async () => {
    const c = t();
    await coachWithMentee(c);
    const loose = await buildUser(c.deps, { role: 'coach', associationId: null });
    const list = await call(c.app, 'GET', '/api/participant-facts/incomplete', {
      cookie: await sessionCookieFor(c.deps, loose),
    });
    expect(list.body).toMatchObject({ total: 0, participants: 0, items: [] });
  });

  it('groups the programme report by gender, and by the age band at entry, from the record', async () => {
    const c = t();
    const { association, cookie } = await coachWithMentee(c, 'applied');
    const genders = ['woman', 'woman', 'man'] as const;
    for (const gender of genders) {
      const mentee = await buildPerson(c.deps, {
        kind: 'mentee',
        associationId: association.id,
        status: 'assessed',
        appliedDaysAgo: 40,
      });
      const saved = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
        cookie,
        // 17 on the application date (40 days before the clock's 2026-11-02), 18 on the entry date.
        body: { ...facts, gender, dateOfBirth: '2008-10-01', entryDate: '2026-10-15' },
      });
      expect(saved.status).toBe(200);
    }
    const report = async (by: 'gender' | 'ageBand') => {
      const result = await programmeReport(c.deps, cliContext, {
        from: '2026-01-01',
        to: '2026-12-31',
        by,
        audience: 'staff',
        locale: 'fr',
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.rows.map((r) => [r.group, r.label, r.cells.applied]);
    };
    expect(await report('gender')).toEqual([
      ['woman', 'Femme', 2],
      ['man', 'Homme', 1],
      ['non_binary', 'Non binaire', 0],
      ['prefer_not_to_say', 'Préfère ne pas répondre', 0],
      ['unknown', expect.any(String), 1],
    ]);
    expect((await report('ageBand')).filter(([, , n]) => n !== 0)).toEqual([
      ['18-29', expect.any(String), 3],
      ['unknown', expect.any(String), 1],
    ]);
  });
});
