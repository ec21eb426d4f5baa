import { describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/domain/auth/totp.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { call, sessionCookieFrom } from '../support/http.js';
import { softAuthenticator } from '../support/soft-authenticator.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
/** The default PUBLIC_URL is http://127.0.0.1:3000: passkeys live at localhost on the same port. */
const origin = 'http://localhost:3000';

type Ctx = ReturnType<typeof t>;

async function addPasskey(ctx: Ctx, cookie: string, name = 'Mijn telefoon') {
  const authenticator = softAuthenticator();
  const options = await call(ctx.app, 'POST', '/api/me/passkeys/options', { cookie });
  expect(options.status).toBe(200);
  const added = await call(ctx.app, 'POST', '/api/me/passkeys', {
    cookie,
    body: {
      challengeId: options.body?.challengeId,
      name,
      credential: authenticator.register(options.body?.options, origin),
    },
  });
  return { authenticator, added };
}

async function actions(ctx: Ctx) {
  const rows = await ctx.deps.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'outcome'])
    .orderBy('id')
    .execute();
  return rows.map((row) => `${row.action}:${row.outcome}`);
}

describe('passkeys', () => {
  it('a coach adds a passkey, is emailed, and confirms the next sign-in with it instead of a code', async () => {
    const ctx = t();
    const { app, deps, clock } = ctx;
    const association = await buildAssociation(deps);
    const coach = await buildUser(deps, { role: 'coach', associationId: association.id, withTotp: true });
    const first = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: coach.email, password: coach.password },
    });
    const cookie = sessionCookieFrom(first);
    await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie,
      body: { code: currentTotpCode(coach.totpKey!, clock.now()) },
    });
    const { authenticator, added } = await addPasskey(ctx, cookie, 'Laptop');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Laptop', lastUsedAt: null });
    const listed = await call(app, 'GET', '/api/me/passkeys', { cookie });
    expect(listed.body?.items).toHaveLength(1);
    const mail = await deps.db.kysely.selectFrom('outbox_emails').selectAll().execute();
    expect(mail.map((m) => m.to_address)).toContain(coach.email);
    expect(mail.at(-1)?.text_body).toContain('Laptop');

    clock.advance(60_000);
    const second = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: coach.email, password: coach.password },
    });
    expect(second.body).toMatchObject({
      state: 'two_factor_required',
      twoFactor: { totp: true, passkeys: 1 },
    });
    const next = sessionCookieFrom(second);
    expect((await call(app, 'GET', '/api/caseload', { cookie: next })).status).toBe(401);
    const options = await call(app, 'POST', '/api/auth/two-factor/passkey/options', { cookie: next });
    expect(options.body?.options.allowCredentials).toEqual([
      expect.objectContaining({ id: authenticator.credentialId }),
    ]);
    const assertion = authenticator.assert(options.body?.options, origin);
    const verified = await call(app, 'POST', '/api/auth/two-factor/passkey', {
      cookie: next,
      body: { challengeId: options.body?.challengeId, credential: assertion },
    });
    expect(verified.body?.state).toBe('signed_in');
    expect((await call(app, 'GET', '/api/caseload', { cookie: next })).status).toBe(200);
    // The same answer again: its challenge was used.
    const replay = await call(app, 'POST', '/api/auth/two-factor/passkey', {
      cookie: next,
      body: { challengeId: options.body?.challengeId, credential: assertion },
    });
    expect(replay.body?.error.code).toBe('auth.passkey_failed');

    // Staff cannot sign in with the passkey alone.
    const signInOptions = await call(app, 'POST', '/api/auth/passkey/options');
    const alone = await call(app, 'POST', '/api/auth/passkey/sign-in', {
      body: {
        challengeId: signInOptions.body?.challengeId,
        credential: authenticator.assert(signInOptions.body?.options, origin),
      },
    });
    expect(alone.status).toBe(403);
    expect(alone.body?.error.code).toBe('auth.passkey_needs_password');
    expect(await actions(ctx)).toEqual(
      expect.arrayContaining(['auth.passkey_added:success', 'auth.two_factor_verified:success']),
    );
  });

  it('a mentee signs in with her passkey alone, and still with her password', async () => {
    const ctx = t();
    const { app, deps } = ctx;
    const mentee = await buildUser(deps, { role: 'mentee' });
    const cookie = sessionCookieFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: mentee.email, password: mentee.password },
      }),
    );
    const { authenticator, added } = await addPasskey(ctx, cookie);
    expect(added.status).toBe(201);
    await call(app, 'POST', '/api/auth/sign-out', { cookie, body: {} });

    const options = await call(app, 'POST', '/api/auth/passkey/options');
    expect(options.body?.options).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(options.body?.options.allowCredentials ?? []).toEqual([]);
    const signedIn = await call(app, 'POST', '/api/auth/passkey/sign-in', {
      body: {
        challengeId: options.body?.challengeId,
        credential: authenticator.assert(options.body?.options, origin),
      },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ state: 'signed_in', user: { email: mentee.email } });
    const passkeyCookie = sessionCookieFrom(signedIn);
    expect((await call(app, 'GET', '/api/me/sessions', { cookie: passkeyCookie })).status).toBe(200);

    // The password alone still works: a lost phone never locks her out.
    const byPassword = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: mentee.email, password: mentee.password },
    });
    expect(byPassword.body?.state).toBe('signed_in');
    const stored = await deps.db.kysely
      .selectFrom('passkeys')
      .select(['counter', 'last_used_at'])
      .executeTakeFirstOrThrow();
    expect(stored.counter).toBe(1);
    expect(stored.last_used_at).not.toBeNull();
  });

  it('refuses a passkey from another site, an unknown one, and a counter that went back', async () => {
    const ctx = t();
    const { app, deps } = ctx;
    const mentor = await buildUser(deps, { role: 'mentor' });
    const cookie = await sessionCookieFor(deps, mentor);
    const { authenticator } = await addPasskey(ctx, cookie);
    const attempt = async (credential: (options: Record<string, unknown>) => Record<string, unknown>) => {
      const options = await call(app, 'POST', '/api/auth/passkey/options');
      return call(app, 'POST', '/api/auth/passkey/sign-in', {
        body: { challengeId: options.body?.challengeId, credential: credential(options.body?.options) },
      });
    };
    const phishing = await attempt((options) =>
      authenticator.assert(options, 'https://mentor2work.example.com'),
    );
    expect(phishing.body?.error.code).toBe('auth.passkey_failed');
    const stranger = softAuthenticator();
    expect((await attempt((options) => stranger.assert(options, origin))).body?.error.code).toBe(
      'auth.passkey_failed',
    );
    expect((await attempt((options) => authenticator.assert(options, origin, { counter: 5 }))).status).toBe(
      200,
    );
    const cloned = await attempt((options) => authenticator.assert(options, origin, { counter: 3 }));
    expect(cloned.body?.error.code).toBe('auth.passkey_failed');
    const failures = (await actions(ctx)).filter((action) => action === 'auth.sign_in:failure');
    expect(failures).toHaveLength(3);
  });

  it('asks for the password again before adding or removing a passkey when the sign-in is not recent', async () => {
    const ctx = t();
    const { app, deps, clock } = ctx;
    const mentee = await buildUser(deps, { role: 'mentee' });
    const cookie = await sessionCookieFor(deps, mentee);
    const { added } = await addPasskey(ctx, cookie);
    clock.advance(11 * 60_000);
    const late = await call(app, 'POST', '/api/me/passkeys/options', { cookie });
    expect(late.status).toBe(403);
    expect(late.body?.error.code).toBe('auth.reauthentication_required');
    const removeLate = await call(app, 'DELETE', `/api/me/passkeys/${added.body?.id}`, { cookie });
    expect(removeLate.body?.error.code).toBe('auth.reauthentication_required');

    const wrong = await call(app, 'POST', '/api/auth/reauthenticate', {
      cookie,
      body: { password: 'not the password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body?.error.details).toEqual([expect.objectContaining({ path: ['password'] })]);
    const again = await call(app, 'POST', '/api/auth/reauthenticate', {
      cookie,
      body: { password: mentee.password },
    });
    expect(again.status).toBe(200);
    const removed = await call(app, 'DELETE', `/api/me/passkeys/${added.body?.id}`, { cookie });
    expect(removed.body).toEqual({ removed: 1 });
    const user = await deps.db.kysely
      .selectFrom('users')
      .select('passkey_count')
      .where('id', '=', mentee.id)
      .executeTakeFirstOrThrow();
    expect(user.passkey_count).toBe(0);
    const mail = await deps.db.kysely.selectFrom('outbox_emails').select('subject').execute();
    expect(mail).toHaveLength(2);
  });

  it('asks for the password again before new recovery codes when the sign-in is not recent', async () => {
    const ctx = t();
    const { app, deps, clock } = ctx;
    const association = await buildAssociation(deps);
    const coach = await buildUser(deps, { role: 'coach', associationId: association.id, withTotp: true });
    const cookie = await sessionCookieFor(deps, coach);
    expect(
      (await call(app, 'POST', '/api/auth/two-factor/recovery-codes', { cookie, body: {} })).status,
    ).toBe(200);
    clock.advance(11 * 60_000);
    const late = await call(app, 'POST', '/api/auth/two-factor/recovery-codes', { cookie, body: {} });
    expect(late.status).toBe(403);
    expect(late.body?.error.code).toBe('auth.reauthentication_required');
    await call(app, 'POST', '/api/auth/reauthenticate', { cookie, body: { password: coach.password } });
    const again = await call(app, 'POST', '/api/auth/two-factor/recovery-codes', { cookie, body: {} });
    expect(again.body?.recoveryCodes).toHaveLength(10);
  });

  it('adds a second factor only soon after proving it, and a funder adds a passkey only after the app', async () => {
    const ctx = t();
    const { app, deps, clock } = ctx;
    const mentee = await buildUser(deps, { role: 'mentee' });
    const cookie = await sessionCookieFor(deps, mentee);
    clock.advance(11 * 60_000);
    // A cookie signed in a while ago (perhaps not by her) cannot enrol its own authenticator app.
    const setup = await call(app, 'POST', '/api/auth/two-factor/setup', { cookie, body: {} });
    expect(setup.body?.error.code).toBe('auth.reauthentication_required');
    await call(app, 'POST', '/api/auth/reauthenticate', { cookie, body: { password: mentee.password } });
    expect((await call(app, 'POST', '/api/auth/two-factor/setup', { cookie, body: {} })).status).toBe(200);

    const funder = await buildUser(deps, { role: 'funder' });
    const funderCookie = await sessionCookieFor(deps, funder);
    const refused = await call(app, 'POST', '/api/me/passkeys/options', { cookie: funderCookie });
    expect(refused.status).toBe(409);
    expect(refused.body?.error.code).toBe('auth.passkey_needs_two_factor');
  });
});
