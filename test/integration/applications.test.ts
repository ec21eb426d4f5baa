import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/contracts/base-vocabulary.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildMenteeApplication, buildMentorApplication } from '../factories/applications.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('public applications', () => {
  it('takes an eligible mentee application, with consents, encrypted background and a confirmation email', async () => {
    const { app, deps } = t();
    const application = buildMenteeApplication({ locale: 'fr' });
    const response = await call(app, 'POST', '/api/applications/mentee', { body: application });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ outcome: 'received', eligibility: { eligible: true, failed: [] } });
    const person = await deps.db.kysely.selectFrom('people').selectAll().executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      kind: 'mentee',
      status: 'applied',
      region_code: 'VLG',
      sector_code: '86',
      sector_section: 'Q',
      eligible: 1,
      association_id: null,
    });
    expect(person.sensitive).toMatch(/^v1:test:/);
    expect(person.application).not.toContain('SY"}'); // the background detail is not in the plain answers
    expect(JSON.parse(person.application)).not.toHaveProperty('migrantBackground');
    const consents = await deps.db.kysely
      .selectFrom('consents')
      .select(['kind', 'version', 'locale'])
      .orderBy('kind')
      .execute();
    expect(consents).toEqual([
      { kind: 'migrant_background', version: '2026-11', locale: 'fr' },
      { kind: 'privacy', version: '2026-11', locale: 'fr' },
    ]);
    const email = await deps.db.kysely.selectFrom('outbox_emails').selectAll().executeTakeFirstOrThrow();
    expect(email.to_address).toBe(application.email);
    expect(email.subject).toContain('candidature');
    const languages = await deps.db.kysely
      .selectFrom('person_languages')
      .select('code')
      .orderBy('code')
      .execute();
    expect(languages.map((l) => l.code)).toEqual(['ar', 'fr', 'nl']);
  });

  it('does not keep the migrant background without the separate consent, and still accepts the application', async () => {
    const { app, deps } = t();
    const response = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ consents: { privacyVersion: '2026-11', migrantBackground: false } }),
    });
    expect(response.status).toBe(201);
    const person = await deps.db.kysely.selectFrom('people').select('sensitive').executeTakeFirstOrThrow();
    expect(person.sensitive).toBeNull();
    expect(await deps.db.kysely.selectFrom('consents').select('kind').execute()).toEqual([
      { kind: 'privacy' },
    ]);
  });

  it('tells an ineligible applicant every rule that failed', async () => {
    const { app } = t();
    const response = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({
        dateOfBirth: '2012-01-01',
        migrantBackground: 'no',
        yearsOfExperience: 0,
        education: [{ level: 'higher', country: 'BE', recognisedInBelgium: true }],
      }),
    });
    expect(response.status).toBe(201);
    expect(response.body?.eligibility).toEqual({
      eligible: false,
      failed: ['age', 'migrant_background', 'work_experience', 'no_recognised_qualification'],
    });
  });

  it('links a second application with the same email or phone instead of creating a person twice', async () => {
    const { app, deps } = t();
    const first = buildMenteeApplication();
    await call(app, 'POST', '/api/applications/mentee', { body: first });
    const samePhone = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ phone: first.phone!.replace('+32 ', '0') }),
    });
    expect(samePhone.body?.outcome).toBe('linked');
    const sameEmail = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ email: first.email.toUpperCase() }),
    });
    expect(sameEmail.body?.outcome).toBe('linked');
    expect(await deps.db.kysely.selectFrom('people').select('linked_applications').execute()).toEqual([
      { linked_applications: 2 },
    ]);
    expect(await deps.db.kysely.selectFrom('applications').select('id').execute()).toHaveLength(3);
  });

  it('refuses unknown codes, a future birth date and the honeypot, naming each field and writing nothing', async () => {
    const { app, deps } = t();
    const bad = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({
        postcode: '0001',
        targetSectorCode: '04',
        targetOccupationCode: 'esco:9999.9',
        languages: [{ code: 'xx', level: 'B1' }],
      }),
    });
    expect(bad.status).toBe(400);
    const details = (bad.body?.error.details ?? []) as Array<{ path: string[]; code: string }>;
    const codes = details.map((d) => `${d.path.join('.')}:${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'postcode:application.unknown_postcode',
        'targetSectorCode:application.unknown_sector',
        'targetOccupationCode:application.unknown_occupation',
        'languages.0.code:application.unknown_language',
      ]),
    );
    const future = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ dateOfBirth: '2030-01-01' }),
    });
    expect(future.body?.error.details[0]).toMatchObject({
      path: ['dateOfBirth'],
      code: 'application.date_of_birth_in_future',
    });
    const bot = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ website: 'http://spam.example' }),
    });
    expect(bot.status).toBe(400);
    const unknownField = await call(app, 'POST', '/api/applications/mentee', {
      body: { ...buildMenteeApplication(), favouriteColour: 'blue' },
    });
    expect(unknownField.status).toBe(400);
    const oldPrivacy = await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ consents: { privacyVersion: '2020-01', migrantBackground: false } }),
    });
    expect(oldPrivacy.body?.error.code).toBe('application.privacy_version_outdated');
    expect(await deps.db.kysely.selectFrom('people').select('id').execute()).toEqual([]);
    expect(await deps.db.kysely.selectFrom('outbox_emails').select('id').execute()).toEqual([]);
  });

  it('takes a mentor application into the chosen association', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps, { region: 'VLG' });
    const response = await call(app, 'POST', '/api/applications/mentor', {
      body: buildMentorApplication({ preferredAssociationId: association.id }),
    });
    expect(response.body).toEqual({ outcome: 'received', eligibility: null });
    expect(await deps.db.kysely.selectFrom('people').select(['kind', 'association_id']).execute()).toEqual([
      { kind: 'mentor', association_id: association.id },
    ]);
  });

  it('serves the privacy text and the associations to choose from', async () => {
    const { app, deps } = t();
    await buildAssociation(deps, { name: 'Vzw Anders' });
    const privacy = await call(app, 'GET', '/api/privacy?lang=fr');
    expect(privacy.body).toMatchObject({ version: '2026-11', locale: 'fr' });
    const associations = await call(app, 'GET', '/api/public/associations');
    expect(associations.body?.items.map((a: { name: string }) => a.name)).toEqual(['Vzw Anders']);
  });
});

describe('coach inbox, intake and decision', () => {
  async function coachOf(deps: ReturnType<typeof t>['deps'], region: Region = 'VLG') {
    const association = await buildAssociation(deps, { region });
    const coach = await buildUser(deps, {
      role: 'coach',
      associationId: association.id,
      name: 'Fatou Diallo',
    });
    return { association, coach, cookie: await sessionCookieFor(deps, coach) };
  }

  it('walks a mentee from application to ready to match, with history, calendar email and an account invitation', async () => {
    const { app, deps, clock } = t();
    const { association, coach, cookie: first } = await coachOf(deps);
    let cookie = first;
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ firstName: 'Amina' }),
    });
    const inbox = await call(app, 'GET', '/api/caseload', { cookie });
    expect(inbox.body).toMatchObject({ total: 1, counts: { applied: 1 } });
    const id = inbox.body?.items[0].id as string;
    expect(inbox.body?.items[0]).toMatchObject({
      kind: 'mentee',
      status: 'applied',
      associationId: null,
      region: 'VLG',
      languages: ['ar', 'fr', 'nl'],
    });

    const claimed = await call(app, 'POST', `/api/people/${id}/claim`, { cookie, body: {} });
    expect(claimed.body?.associationId).toBe(association.id);

    const past = await call(app, 'POST', `/api/people/${id}/intake`, {
      cookie,
      body: { startsAt: '2026-10-01T10:00:00+02:00', durationMinutes: 60, place: 'Vzw, Gent' },
    });
    expect(past.body?.error.details[0].code).toBe('intake.in_past');
    const neither = await call(app, 'POST', `/api/people/${id}/intake`, {
      cookie,
      body: { startsAt: '2026-11-10T10:00:00+01:00', durationMinutes: 60 },
    });
    expect(neither.status).toBe(400);
    const planned = await call(app, 'POST', `/api/people/${id}/intake`, {
      cookie,
      body: {
        startsAt: '2026-11-10T10:00:00+01:00',
        durationMinutes: 60,
        place: 'Kortrijksesteenweg 1, Gent',
      },
    });
    expect(planned.body).toMatchObject({
      status: 'intake_planned',
      intake: { place: 'Kortrijksesteenweg 1, Gent' },
    });
    const intakeMail = await deps.db.kysely
      .selectFrom('outbox_emails')
      .selectAll()
      .where('subject', 'like', '%intake%')
      .executeTakeFirstOrThrow();
    expect(intakeMail.attachments).toContain('BEGIN:VCALENDAR');
    expect(intakeMail.text_body).toContain('Fatou Diallo');

    clock.advance(8 * 86_400_000);
    cookie = await sessionCookieFor(deps, coach);
    const tooEarly = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie,
      body: { decision: 'ready_to_match' },
    });
    expect(tooEarly.body?.error.code).toBe('person.invalid_transition');
    expect(tooEarly.body?.error.details[0]).toMatchObject({
      path: ['decision'],
      firstStep: 'record_assessment',
    });
    const assessment = {
      sectorCode: '86',
      occupationCode: 'esco:2221.2',
      skillUris: ['http://data.europa.eu/esco/skill/05aa7c09-46e7-433f-a81b-92841f4551e7'],
      tags: ['geduldig'],
      languages: [{ code: 'nl', understanding: 'B1', speaking: 'A2', writing: 'A2' }],
      interests: ['ouderenzorg'],
      motivation: 5,
      availability: [{ day: 2, part: 'evening' }],
      postcode: '9000',
      meetingPreferences: { inPerson: true, online: false },
      trainingNeeds: ['cv_and_talents'],
      notes: 'Sterke motivatie; diploma niet erkend.',
    };
    const badSkill = await call(app, 'PUT', `/api/people/${id}/assessment`, {
      cookie,
      body: { ...assessment, skillUris: ['http://example/skill'] },
    });
    expect(badSkill.body?.error.details[0].path).toEqual(['skillUris', 0]);
    const assessed = await call(app, 'PUT', `/api/people/${id}/assessment`, { cookie, body: assessment });
    expect(assessed.body).toMatchObject({
      status: 'assessed',
      assessment: { motivation: 5, notes: 'Sterke motivatie; diploma niet erkend.' },
    });

    const ready = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie,
      body: { decision: 'ready_to_match' },
    });
    expect(ready.body?.status).toBe('ready_to_match');
    expect(ready.body?.history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'intake_planned',
      'assessed',
      'ready_to_match',
    ]);
    expect(ready.body?.history[3]).toMatchObject({ from: 'assessed', actorName: 'Fatou Diallo' });
    const invitation = await deps.db.kysely
      .selectFrom('invitations')
      .select(['role', 'association_id'])
      .executeTakeFirstOrThrow();
    expect(invitation).toEqual({ role: 'mentee', association_id: association.id });
  });

  it('asks a written reason to override a failed eligibility rule, and audits it', async () => {
    const { app, deps, clock } = t();
    const { coach, cookie: first } = await coachOf(deps);
    let cookie = first;
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ yearsOfExperience: 0 }),
    });
    const id = (await call(app, 'GET', '/api/caseload', { cookie })).body?.items[0].id;
    await call(app, 'POST', `/api/people/${id}/intake`, {
      cookie,
      body: {
        startsAt: '2026-11-10T10:00:00+01:00',
        durationMinutes: 45,
        videoUrl: 'https://meet.example.be/intake',
      },
    });
    // The assessment counts as the intake's once the intake has taken place.
    clock.advance(9 * 86_400_000);
    cookie = await sessionCookieFor(deps, coach);
    await call(app, 'PUT', `/api/people/${id}/assessment`, {
      cookie,
      body: {
        sectorCode: 'Q',
        skillUris: [],
        tags: [],
        languages: [{ code: 'nl', understanding: 'B1', speaking: 'B1', writing: 'A2' }],
        interests: [],
        motivation: 4,
        availability: [],
        postcode: '9000',
        meetingPreferences: { inPerson: true, online: true },
        trainingNeeds: [],
      },
    });
    const refused = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie,
      body: { decision: 'ready_to_match' },
    });
    expect(refused.body?.error.code).toBe('person.override_reason_required');
    const noReason = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie,
      body: { decision: 'ineligible' },
    });
    expect(noReason.body?.error.code).toBe('person.reason_required');
    const overridden = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie,
      body: {
        decision: 'ready_to_match',
        overrideReason: 'Zes jaar ervaring als zorgkundige in Marokko, niet ingevuld op het formulier.',
      },
    });
    expect(overridden.body?.status).toBe('ready_to_match');
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'person.eligibility_overridden')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('hides people of another association (404), refuses mentors and mentees (403), and audits sensitive reads', async () => {
    const { app, deps } = t();
    const own = await coachOf(deps, 'VLG');
    const other = await coachOf(deps, 'BRU');
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ preferredAssociationId: own.association.id }),
    });
    const id = (await call(app, 'GET', '/api/caseload', { cookie: own.cookie })).body?.items[0].id;
    expect((await call(app, 'GET', `/api/people/${id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await call(app, 'GET', `/api/people/${id}/sensitive`, { cookie: other.cookie })).status).toBe(
      404,
    );
    expect((await call(app, 'GET', '/api/caseload', { cookie: other.cookie })).body?.total).toBe(0);
    for (const role of ['mentor', 'mentee'] as const) {
      const cookie = await sessionCookieFor(deps, await buildUser(deps, { role }));
      expect((await call(app, 'GET', '/api/caseload', { cookie })).status).toBe(403);
      expect((await call(app, 'GET', `/api/people/${id}`, { cookie })).status).toBe(403);
    }
    const before = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'person.sensitive_read')
      .execute();
    expect(before).toEqual([]);
    const sensitive = await call(app, 'GET', `/api/people/${id}/sensitive`, { cookie: own.cookie });
    expect(sensitive.body).toEqual({ migrantBackground: 'self', countryOfBirth: 'SY', parentsCountries: [] });
    const after = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'subject_id'])
      .where('action', '=', 'person.sensitive_read')
      .execute();
    expect(after).toEqual([{ action: 'person.sensitive_read', actor_id: own.coach.id, subject_id: id }]);
    const detail = await call(app, 'GET', `/api/people/${id}`, { cookie: own.cookie });
    expect(JSON.stringify(detail.body)).not.toContain('"SY"}');
    expect(detail.body?.hasSensitiveData).toBe(true);
  });

  it('filters, sorts and counts the caseload', async () => {
    const { app, deps, clock } = t();
    const { coach } = await coachOf(deps);
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ firstName: 'Ömer', languages: [{ code: 'tr', level: 'native' }] }),
    });
    clock.advance(20 * 86_400_000);
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({ firstName: 'Binta', targetSectorCode: '56' }),
    });
    await call(app, 'POST', '/api/applications/mentor', {
      body: buildMentorApplication({ firstName: 'Ann' }),
    });
    const cookie = await sessionCookieFor(deps, coach);
    const all = await call(app, 'GET', '/api/caseload?sort=name_asc', { cookie });
    expect(all.body?.items.map((p: { name: string }) => p.name.split(' ')[0])).toEqual([
      'Ann',
      'Binta',
      'Ömer',
    ]);
    expect((await call(app, 'GET', '/api/caseload?kind=mentor', { cookie })).body?.total).toBe(1);
    expect((await call(app, 'GET', '/api/caseload?language=tr', { cookie })).body?.items[0].name).toMatch(
      /^Ömer/,
    );
    expect((await call(app, 'GET', '/api/caseload?sector=I', { cookie })).body?.items[0].name).toMatch(
      /^Binta/,
    );
    expect((await call(app, 'GET', '/api/caseload?minWaitingDays=10', { cookie })).body?.total).toBe(1);
    expect((await call(app, 'GET', '/api/caseload?q=omer', { cookie })).body?.total).toBe(1);
    const waiting = await call(app, 'GET', '/api/caseload?sort=applied_asc', { cookie });
    expect(waiting.body?.items[0]).toMatchObject({ waitingDays: 20 });
    expect(waiting.body?.counts).toEqual({ applied: 3 });
  });
});

describe('accounts for applicants', () => {
  it('lets an accepted mentor create an account, see and correct their profile', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const coach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: association.id }),
    );
    const application = buildMentorApplication();
    await call(app, 'POST', '/api/applications/mentor', { body: application });
    const id = (await call(app, 'GET', '/api/caseload', { cookie: coach })).body?.items[0].id;
    await call(app, 'POST', `/api/people/${id}/intake`, {
      cookie: coach,
      body: { startsAt: '2026-11-10T10:00:00+01:00', durationMinutes: 60, place: 'Gent' },
    });
    const accepted = await call(app, 'POST', `/api/people/${id}/decision`, {
      cookie: coach,
      body: { decision: 'accepted' },
    });
    expect(accepted.body?.status).toBe('accepted');
    const mail = await deps.db.kysely
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('to_address', '=', application.email)
      .orderBy('created_at', 'desc')
      .execute();
    const token = mail.map((m) => m.text_body.match(/#token=([a-z0-9]+)/)?.[1]).find(Boolean)!;
    const created = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Pieter Claes', password: 'wondzorg-in-gent-2026' },
    });
    expect(created.body).toMatchObject({ state: 'signed_in', user: { role: 'mentor' } });
    const cookie = `m2w_session=${created.cookies.find((c) => c.name === 'm2w_session')!.value}`;
    const profile = await call(app, 'GET', '/api/me/profile', { cookie });
    expect(profile.body).toMatchObject({ id, kind: 'mentor', hasAccount: true });
    const corrected = await call(app, 'PATCH', '/api/me/profile', {
      cookie,
      body: { postcode: '1000', phone: '0470 11 22 33' },
    });
    expect(corrected.body).toMatchObject({ postcode: '1000', region: 'BRU', phone: '0470 11 22 33' });
    const wrong = await call(app, 'PATCH', '/api/me/profile', { cookie, body: { postcode: '0000' } });
    expect(wrong.body?.error.details[0].path).toEqual(['postcode']);
  });

  it('lets a mentee withdraw consent for the migrant background, which erases it', async () => {
    const { app, deps } = t();
    const application = buildMenteeApplication();
    await call(app, 'POST', '/api/applications/mentee', { body: application });
    const mentee = await buildUser(deps, { role: 'mentee', email: application.email });
    await deps.db.kysely.updateTable('people').set({ user_id: mentee.id }).execute();
    const cookie = await sessionCookieFor(deps, mentee);
    expect(
      (await call(app, 'POST', '/api/me/consents/migrant-background/withdraw', { cookie, body: {} })).status,
    ).toBe(200);
    const person = await deps.db.kysely.selectFrom('people').select('sensitive').executeTakeFirstOrThrow();
    expect(person.sensitive).toBeNull();
    const profile = await call(app, 'GET', '/api/me/profile', { cookie });
    expect(
      profile.body?.consents.find((c: { kind: string }) => c.kind === 'migrant_background').withdrawnAt,
    ).not.toBeNull();
  });
});
