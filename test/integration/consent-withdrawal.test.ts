import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildMenteeApplication } from '../factories/applications.js';
import { buildParticipant } from '../factories/career.js';
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
};

/** A mentee with an account whose coach recorded the optional ESF+ answers with her consent. */
async function menteeWithSpecialAnswers(c: TestContext) {
  const association = await buildAssociation(c.deps);
  const coach = await buildUser(c.deps, { role: 'coach', associationId: association.id });
  const coachCookie = await sessionCookieFor(c.deps, coach);
  const mentee = await buildParticipant(c.deps, {
    kind: 'mentee',
    associationId: association.id,
    status: 'ready_to_match',
  });
  const saved = await call(c.app, 'PUT', `/api/people/${mentee.id}/participant-facts`, {
    cookie: coachCookie,
    body: {
      ...facts,
      specialConsent: true,
      disability: 'yes',
      thirdCountryNational: 'yes',
      housingExclusion: 'no',
    },
  });
  expect(saved.status).toBe(200);
  return { mentee, coachCookie };
}

describe('withdrawing an optional consent', () => {
  it('shows the mentee her optional consent with its version and date, and withdrawing it clears the ESF+ answers everywhere', async () => {
    const c = t();
    const { mentee, coachCookie } = await menteeWithSpecialAnswers(c);
    const profile = await call(c.app, 'GET', '/api/me/profile', { cookie: mentee.cookie });
    expect(profile.body!.consents).toEqual([
      {
        kind: 'esf_special_categories',
        version: '2026-11',
        locale: 'nl',
        givenAt: c.deps.now().toISOString(),
        withdrawnAt: null,
      },
    ]);

    c.clock.advance(10 * 60_000);
    const withdrawn = await call(c.app, 'POST', '/api/me/consents/special-categories/withdraw', {
      cookie: mentee.cookie,
    });
    expect([withdrawn.status, withdrawn.body]).toEqual([200, { ok: true }]);
    const at = c.deps.now().toISOString();

    // The coach's screen: no answers, no consent.
    const coachView = await call(c.app, 'GET', `/api/people/${mentee.id}/participant-facts`, {
      cookie: coachCookie,
    });
    expect(coachView.body).toMatchObject({
      specialConsent: { given: false, givenAt: null },
      facts: { disability: null, thirdCountryNational: null, housingExclusion: null, gender: 'woman' },
    });
    // The stored record: cleared, not hidden.
    expect(
      await c.deps.db.kysely
        .selectFrom('participant_facts')
        .select(['disability', 'third_country_national', 'housing_exclusion', 'gender'])
        .executeTakeFirstOrThrow(),
    ).toEqual({ disability: null, third_country_national: null, housing_exclusion: null, gender: 'woman' });
    // The person's own export: the consent given and withdrawn, no answers.
    const exported = await call(c.app, 'GET', '/api/me/data-export', { cookie: mentee.cookie });
    expect(exported.body!.consents).toEqual([
      expect.objectContaining({ kind: 'esf_special_categories', version: '2026-11', withdrawn_at: at }),
    ]);
    expect(exported.body!.participantFacts).toMatchObject({
      disability: null,
      third_country_national: null,
      housing_exclusion: null,
    });
    // Her profile says so.
    const after = await call(c.app, 'GET', '/api/me/profile', { cookie: mentee.cookie });
    expect(after.body!.consents[0].withdrawnAt).toBe(at);
    const audit = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id', 'details'])
      .where('action', '=', 'consent.withdrawn')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor_id: mentee.user.id, subject_id: mentee.id })]);
    expect(JSON.parse(audit[0]!.details!)).toEqual({ kind: 'esf_special_categories', consents: 1 });
  });

  it('withdrawing the migrant-background consent leaves nothing for the coach or the export', async () => {
    const c = t();
    const association = await buildAssociation(c.deps);
    const application = buildMenteeApplication({ preferredAssociationId: association.id });
    expect((await call(c.app, 'POST', '/api/applications/mentee', { body: application })).status).toBe(201);
    const person = await c.deps.db.kysely.selectFrom('people').select('id').executeTakeFirstOrThrow();
    const mentee = await buildUser(c.deps, { role: 'mentee', email: application.email });
    await c.deps.db.kysely.updateTable('people').set({ user_id: mentee.id }).execute();
    const cookie = await sessionCookieFor(c.deps, mentee);
    const coach = await buildUser(c.deps, { role: 'coach', associationId: association.id });
    const coachCookie = await sessionCookieFor(c.deps, coach);
    await c.deps.db.kysely.updateTable('people').set({ association_id: association.id }).execute();
    const before = await call(c.app, 'GET', `/api/people/${person.id}/sensitive`, { cookie: coachCookie });
    expect(before.body!.migrantBackground).not.toBeNull();

    expect(
      (await call(c.app, 'POST', '/api/me/consents/migrant-background/withdraw', { cookie, body: {} }))
        .status,
    ).toBe(200);
    const coachRecord = await call(c.app, 'GET', `/api/people/${person.id}`, { cookie: coachCookie });
    expect(coachRecord.body!.hasSensitiveData).toBe(false);
    const sensitive = await call(c.app, 'GET', `/api/people/${person.id}/sensitive`, { cookie: coachCookie });
    expect(sensitive.body!.migrantBackground).toBeNull();
    const exported = await call(c.app, 'GET', '/api/me/data-export', { cookie });
    expect(exported.body!.person.migrantBackground).toBeNull();
    expect(
      exported.body!.consents.find((k: { kind: string }) => k.kind === 'migrant_background').withdrawn_at,
    ).toBe(c.deps.now().toISOString());
    expect(exported.body!.privacyVersionsAccepted).toEqual([
      expect.objectContaining({ version: '2026-11', via: 'application' }),
    ]);
  });
});
