import { describe, expect, it } from 'vitest';
import { createFirstAdminLink } from '../../src/services/auth/invitations.js';
import { cliContext } from '../../src/services/context.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

function tokenFromOutbox(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}#token=([a-z0-9]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

describe('invitations', () => {
  it('lets an admin invite a coach by email; the link works once and creates the account', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const association = await buildAssociation(deps, { name: 'Vzw De Brug' });
    const cookie = await sessionCookieFor(deps, admin);
    const created = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'Coach.Nieuw@example.be', role: 'coach', associationId: association.id },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'coach.nieuw@example.be',
      role: 'coach',
      associationName: 'Vzw De Brug',
      status: 'pending',
    });

    const outbox = await call(app, 'GET', '/api/outbox', { cookie });
    expect(outbox.body?.total).toBe(1);
    const email = outbox.body?.items[0];
    expect(email.to).toBe('coach.nieuw@example.be');
    expect(email.text).toContain('Vzw De Brug');
    const token = tokenFromOutbox(email.text, '/invitation');
    const stored = await deps.db.kysely
      .selectFrom('invitations')
      .select('token_hash')
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);

    const info = await call(app, 'POST', '/api/auth/invitations/inspect', { body: { token } });
    expect(info.body).toMatchObject({
      email: 'coach.nieuw@example.be',
      role: 'coach',
      associationName: 'Vzw De Brug',
    });

    const weak = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Samira El Amrani', password: 'password123' },
    });
    expect(weak.body?.error.code).toBe('password.too_common');
    const short = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Samira El Amrani', password: 'k0rt' },
    });
    expect(short.body?.error.code).toBe('password.too_short');

    const accepted = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Samira El Amrani', password: 'zonnige-kade-in-gent', locale: 'fr' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      state: 'two_factor_setup_required',
      user: { name: 'Samira El Amrani', role: 'coach', associationId: association.id, locale: 'fr' },
    });

    const reused = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Iemand Anders', password: 'zonnige-kade-in-gent' },
    });
    expect(reused.status).toBe(410);
    expect(reused.body?.error.code).toBe('token.used');
    const list = await call(app, 'GET', '/api/invitations', { cookie });
    expect(list.body?.items[0].status).toBe('accepted');
    const actions = (await deps.db.kysely.selectFrom('audit_events').select('action').execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.created', 'invitation.accepted', 'user.created']),
    );
  });

  it('refuses an expired or revoked link and an unknown token', async () => {
    const { app, deps, clock } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const cookie = await sessionCookieFor(deps, admin);
    await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'funder@example.be', role: 'funder' },
    });
    const second = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'admin2@example.be', role: 'admin' },
    });
    const emails = (await call(app, 'GET', '/api/outbox', { cookie })).body?.items as Array<{
      to: string;
      text: string;
    }>;
    const funderToken = tokenFromOutbox(
      emails.find((e) => e.to === 'funder@example.be')!.text,
      '/invitation',
    );
    const adminToken = tokenFromOutbox(emails.find((e) => e.to === 'admin2@example.be')!.text, '/invitation');

    expect(
      (await call(app, 'POST', `/api/invitations/${second.body?.id}/revoke`, { cookie, body: {} })).body
        ?.status,
    ).toBe('revoked');
    expect(
      (await call(app, 'POST', '/api/auth/invitations/inspect', { body: { token: adminToken } })).body?.error
        .code,
    ).toBe('token.invalid');

    clock.advance(7 * 24 * 3_600_000 + 1);
    const expired = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token: funderToken, name: 'Fonds', password: 'zonnige-kade-in-gent' },
    });
    expect(expired.status).toBe(410);
    expect(expired.body?.error.code).toBe('token.expired');
    const unknown = await call(app, 'POST', '/api/auth/invitations/inspect', {
      body: { token: 'a'.repeat(32) },
    });
    expect(unknown.body?.error.code).toBe('token.invalid');
    expect(await deps.db.kysely.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('checks that a coach gets an association and an admin none', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const cookie = await sessionCookieFor(deps, admin);
    const noAssociation = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'c@example.be', role: 'coach' },
    });
    expect(noAssociation.body?.error.code).toBe('association.required_for_coach');
    const association = await buildAssociation(deps);
    const adminWithAssociation = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'a@example.be', role: 'admin', associationId: association.id },
    });
    expect(adminWithAssociation.body?.error.code).toBe('association.not_allowed_for_role');
    const taken = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: admin.email, role: 'funder' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body?.error.code).toBe('user.email_taken');
    const mentorRole = await call(app, 'POST', '/api/invitations', {
      cookie,
      body: { email: 'm@example.be', role: 'mentor' },
    });
    expect(mentorRole.status).toBe(400);
  });

  it('creates the first administrator from the one-time link, which asks for an email', async () => {
    const { app, deps } = t();
    const link = await createFirstAdminLink(deps, cliContext);
    expect(link).toMatch(/\/invitation#token=/);
    const token = link!.split('#token=')[1]!;
    const info = await call(app, 'POST', '/api/auth/invitations/inspect', { body: { token } });
    expect(info.body).toMatchObject({ email: null, role: 'admin' });
    const noEmail = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: { token, name: 'Hanne Peeters', password: 'zonnige-kade-in-gent' },
    });
    expect(noEmail.body?.error.code).toBe('invitation.email_required');
    const created = await call(app, 'POST', '/api/auth/invitations/accept', {
      body: {
        token,
        name: 'Hanne Peeters',
        email: 'hanne@minderhedenforum.example',
        password: 'zonnige-kade-in-gent',
      },
    });
    expect(created.body).toMatchObject({ state: 'two_factor_setup_required', user: { role: 'admin' } });
    expect(await createFirstAdminLink(deps, cliContext)).toBeNull();
    expect((await call(app, 'GET', '/api/health')).body?.needsSetup).toBe(false);
  });
});

describe('password reset and change', () => {
  it('emails a single-use link, sets the new password and ends every session', async () => {
    const { app, deps, clock } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const mentor = await buildUser(deps, { role: 'mentor' });
    const oldSession = await sessionCookieFor(deps, mentor);
    const unknown = await call(app, 'POST', '/api/auth/password-reset/request', {
      body: { email: 'nobody@example.be' },
    });
    const known = await call(app, 'POST', '/api/auth/password-reset/request', {
      body: { email: mentor.email },
    });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const outbox = await call(app, 'GET', '/api/outbox', { cookie: await sessionCookieFor(deps, admin) });
    expect(outbox.body?.total).toBe(1);
    const token = tokenFromOutbox(outbox.body?.items[0].text, '/reset-password/complete');

    clock.advance(10 * 60_000);
    const done = await call(app, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'nieuwe-lente-in-brussel' },
    });
    expect(done.status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/session', { cookie: oldSession })).body?.signedIn).toBe(false);
    const reused = await call(app, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'nog-een-ander-wachtwoord' },
    });
    expect(reused.body?.error.code).toBe('token.used');
    const signIn = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: mentor.email, password: 'nieuwe-lente-in-brussel' },
    });
    expect(signIn.status).toBe(200);
  });

  it('lets a reset link expire after an hour', async () => {
    const { app, deps, clock } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const mentee = await buildUser(deps, { role: 'mentee' });
    await call(app, 'POST', '/api/auth/password-reset/request', { body: { email: mentee.email } });
    const outbox = await call(app, 'GET', '/api/outbox', { cookie: await sessionCookieFor(deps, admin) });
    const token = tokenFromOutbox(outbox.body?.items[0].text, '/reset-password/complete');
    clock.advance(61 * 60_000);
    const late = await call(app, 'POST', '/api/auth/password-reset/complete', {
      body: { token, password: 'nieuwe-lente-in-brussel' },
    });
    expect(late.body?.error.code).toBe('token.expired');
  });

  it('changes the password: wrong current password refused, other sessions end', async () => {
    const { app, deps } = t();
    const mentee = await buildUser(deps, { role: 'mentee' });
    const here = await sessionCookieFor(deps, mentee);
    const elsewhere = await sessionCookieFor(deps, mentee);
    const wrong = await call(app, 'POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: 'niet-juist-12', newPassword: 'nieuwe-lente-in-brussel' },
    });
    expect(wrong.body?.error.code).toBe('auth.current_password_wrong');
    const containsEmail = await call(app, 'POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: mentee.password, newPassword: mentee.email },
    });
    expect(containsEmail.body?.error.code).toBe('password.contains_email');
    const changed = await call(app, 'POST', '/api/auth/password', {
      cookie: here,
      body: { currentPassword: mentee.password, newPassword: 'nieuwe-lente-in-brussel' },
    });
    expect(changed.status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/session', { cookie: elsewhere })).body?.signedIn).toBe(false);
    expect((await call(app, 'GET', '/api/auth/session', { cookie: here })).body?.signedIn).toBe(false);
    const renewed = changed.cookies.find((c) => c.name === 'm2w_session')!;
    expect(
      (await call(app, 'GET', '/api/auth/session', { cookie: `m2w_session=${renewed.value}` })).body
        ?.signedIn,
    ).toBe(true);
    // The account's address hears of the change, in its language, with no sign-in link.
    const notices = await deps.db.kysely
      .selectFrom('outbox_emails')
      .select(['to_address', 'subject', 'text_body'])
      .execute();
    expect(notices).toEqual([
      expect.objectContaining({
        to_address: mentee.email,
        subject: 'Mentor2Work: de manier waarop je inlogt is gewijzigd',
      }),
    ]);
    expect(notices[0]?.text_body).toContain('Het wachtwoord van je account is gewijzigd.');
  });
});
