import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildParticipant } from '../factories/career.js';
import { buildPrivacyVersion, givePrivacyConsent, publishPrivacyVersions } from '../factories/privacy.js';
import { call } from '../support/http.js';
import { type TestContext, withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** A mentee who accepted the November 2026 text with her application, signed in. */
async function menteeWhoAcceptedFirstText(c: TestContext) {
  const association = await buildAssociation(c.deps);
  const mentee = await buildParticipant(c.deps, {
    kind: 'mentee',
    associationId: association.id,
    locale: 'fr',
  });
  await givePrivacyConsent(c.deps, mentee.id, { version: '2026-11', locale: 'nl' });
  return { association, mentee };
}

describe('consent over time: a new privacy text', () => {
  it('asks nobody while the accepted version is still the one in force', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    const session = await call(c.app, 'GET', '/api/auth/session', { cookie: mentee.cookie });
    expect(session.body!.privacyAcceptance).toEqual({ required: false, currentVersion: '2026-11' });
    expect((await call(c.app, 'GET', '/api/me/home', { cookie: mentee.cookie })).status).toBe(200);
  });

  it('stops a mentee at the new version until she accepts it, then lets her through', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01', inForce: '2026-11-02' }));
    const cookie = mentee.cookie;

    const session = await call(c.app, 'GET', '/api/auth/session', { cookie });
    expect(session.body).toMatchObject({
      signedIn: true,
      state: 'signed_in',
      privacyAcceptance: { required: true, currentVersion: '2027-01' },
    });
    for (const url of ['/api/me/home', '/api/me/calendar', '/api/training/modules']) {
      const refused = await call(c.app, 'GET', url, { cookie });
      expect([url, refused.status, refused.body?.error.code]).toEqual([
        url,
        403,
        'auth.privacy_acceptance_required',
      ]);
    }
    // Not accepting never takes away her rights (GDPR art. 7(3), 15): she still reads her data,
    // downloads it, sees and ends her sessions, and withdraws consent.
    for (const url of ['/api/me/profile', '/api/me/data-export', '/api/me/sessions']) {
      const allowed = await call(c.app, 'GET', url, { cookie });
      expect([url, allowed.status]).toEqual([url, 200]);
    }
    // What she may still do: read the text (with what changed), change the language.
    const page = await call(c.app, 'GET', '/api/me/privacy-update?lang=fr', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      required: true,
      version: '2027-01',
      locale: 'fr',
      title: 'Nouveau texte',
      changes: [{ version: '2027-01', summary: 'Nous gardons désormais votre CV deux ans au lieu d’un.' }],
      history: [{ version: '2026-11', locale: 'nl', via: 'application' }],
    });
    expect((await call(c.app, 'GET', '/api/privacy?lang=fr', { cookie })).body!.version).toBe('2027-01');
    const locale = await call(c.app, 'PUT', '/api/me/locale', { cookie, body: { locale: 'fr' } });
    expect(locale.status).toBe(200);

    // A page left open over an even newer text cannot accept the old one.
    const outdated = await call(c.app, 'POST', '/api/me/privacy-update/accept', {
      cookie,
      body: { version: '2026-11', locale: 'fr' },
    });
    expect([outdated.status, outdated.body!.error.code]).toEqual([409, 'privacy.version_outdated']);

    const accepted = await call(c.app, 'POST', '/api/me/privacy-update/accept', {
      cookie,
      body: { version: '2027-01', locale: 'fr' },
    });
    expect([accepted.status, accepted.body]).toEqual([200, { required: false, currentVersion: '2027-01' }]);
    const stored = await c.deps.db.kysely.selectFrom('privacy_acceptances').selectAll().execute();
    expect(stored).toEqual([
      expect.objectContaining({
        user_id: mentee.user.id,
        version: '2027-01',
        locale: 'fr',
        accepted_at: c.deps.now().toISOString(),
      }),
    ]);
    const audit = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'subject_id', 'details'])
      .where('action', '=', 'privacy.accepted')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: mentee.user.id, subject_id: mentee.user.id });
    expect(JSON.parse(audit[0]!.details!)).toEqual({ version: '2027-01', locale: 'fr' });

    expect((await call(c.app, 'GET', '/api/me/home', { cookie })).status).toBe(200);
    const after = await call(c.app, 'GET', '/api/auth/session', { cookie });
    expect(after.body!.privacyAcceptance).toEqual({ required: false, currentVersion: '2027-01' });
    const again = await call(c.app, 'POST', '/api/me/privacy-update/accept', {
      cookie,
      body: { version: '2027-01', locale: 'fr' },
    });
    expect(again.status).toBe(200);
    expect(await c.deps.db.kysely.selectFrom('privacy_acceptances').selectAll().execute()).toHaveLength(1);
  });

  it('stores one acceptance and one audit event when "I accept" is pressed twice at once', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01', inForce: '2026-11-02' }));
    const accept = () =>
      call(c.app, 'POST', '/api/me/privacy-update/accept', {
        cookie: mentee.cookie,
        body: { version: '2027-01', locale: 'nl' },
      });
    const answers = await Promise.all([accept(), accept(), accept()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await c.deps.db.kysely.selectFrom('privacy_acceptances').selectAll().execute()).toHaveLength(1);
    const audited = await c.deps.db.kysely
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'privacy.accepted')
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('waits for a version added ahead of its day', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01', inForce: '2027-01-01' }));
    expect((await call(c.app, 'GET', '/api/me/home', { cookie: mentee.cookie })).status).toBe(200);
    c.clock.set('2027-01-01T08:00:00.000Z');
    const cookie = await sessionCookieFor(c.deps, mentee.user);
    expect((await call(c.app, 'GET', '/api/me/home', { cookie })).status).toBe(403);
  });

  it('does not stop staff, who are not asked (docs/privacy.md)', async () => {
    const c = t();
    const { association } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01' }));
    const coach = await buildUser(c.deps, { role: 'coach', associationId: association.id });
    const cookie = await sessionCookieFor(c.deps, coach);
    const session = await call(c.app, 'GET', '/api/auth/session', { cookie });
    expect(session.body!.privacyAcceptance).toEqual({ required: false, currentVersion: '2027-01' });
    expect((await call(c.app, 'GET', '/api/caseload', { cookie })).status).toBe(200);
  });

  it('puts the history of accepted versions and of consents in the export', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01' }));
    await call(c.app, 'POST', '/api/me/privacy-update/accept', {
      cookie: mentee.cookie,
      body: { version: '2027-01', locale: 'en' },
    });
    const exported = await call(c.app, 'GET', '/api/me/data-export', { cookie: mentee.cookie });
    expect(exported.status).toBe(200);
    expect(exported.body!.privacyVersionsAccepted).toEqual([
      expect.objectContaining({ version: '2026-11', locale: 'nl', via: 'application' }),
      { version: '2027-01', locale: 'en', via: 'account', acceptedAt: c.deps.now().toISOString() },
    ]);
  });

  it('erases the accepted versions with the person', async () => {
    const c = t();
    const { mentee } = await menteeWhoAcceptedFirstText(c);
    publishPrivacyVersions(c.deps, buildPrivacyVersion({ id: '2027-01' }));
    await call(c.app, 'POST', '/api/me/privacy-update/accept', {
      cookie: mentee.cookie,
      body: { version: '2027-01', locale: 'nl' },
    });
    const admin = await buildUser(c.deps, { role: 'admin' });
    const erased = await call(c.app, 'POST', `/api/people/${mentee.id}/erasure`, {
      cookie: await sessionCookieFor(c.deps, admin),
      body: { reason: 'Verzoek per brief van de persoon' },
    });
    expect(erased.status).toBe(200);
    expect(await c.deps.db.kysely.selectFrom('privacy_acceptances').selectAll().execute()).toEqual([]);
  });
});
