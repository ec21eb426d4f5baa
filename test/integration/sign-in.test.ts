import { describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/domain/auth/totp.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { call, sessionCookieFrom } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function auditActions(deps: ReturnType<typeof t>['deps']) {
  const rows = await deps.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'outcome'])
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.action}:${r.outcome}`);
}

describe('sign-in', () => {
  it('signs a mentor in with email and password and sets a hardened cookie', async () => {
    const { app, deps } = t();
    const mentor = await buildUser(deps, { role: 'mentor', email: 'Mentor@Example.be'.toLowerCase() });
    const response = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: 'MENTOR@example.be', password: mentor.password },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      state: 'signed_in',
      user: { email: 'mentor@example.be', role: 'mentor' },
    });
    const cookie = response.cookies.find((c) => c.name === 'm2w_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.value.length).toBeGreaterThanOrEqual(26); // 160 bits in base32
    const stored = await deps.db.kysely.selectFrom('sessions').select('id').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toContain(cookie.value);
    const session = await call(app, 'GET', '/api/auth/session', { cookie: sessionCookieFrom(response) });
    expect(session.body).toMatchObject({ signedIn: true, user: { id: mentor.id } });
    // A visitor without a session gets an answer, not an error: 200 { signedIn: false }.
    const visitor = await call(app, 'GET', '/api/auth/session');
    expect([visitor.status, visitor.body]).toEqual([200, { signedIn: false }]);
    expect(await auditActions(deps)).toContain('auth.sign_in:success');
  });

  it('uses __Host- cookies with Secure behind HTTPS', async () => {
    const { deps } = t();
    const { createTestContext } = await import('../support/test-context.js');
    const https = await createTestContext({ PUBLIC_URL: 'https://mentor2work.example.be' });
    try {
      const user = await buildUser(https.deps, { role: 'mentee' });
      const response = await https.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: 'https://mentor2work.example.be', 'content-type': 'application/json' },
        payload: JSON.stringify({ email: user.email, password: user.password }),
      });
      const cookie = response.cookies.find((c) => c.name === '__Host-m2w_session');
      expect(cookie?.secure).toBe(true);
      expect(cookie?.path).toBe('/');
      expect(response.headers['strict-transport-security']).toBeDefined();
    } finally {
      await https.dispose();
    }
    expect(deps).toBeDefined();
  });

  it('gives the same answer for an unknown email and a wrong password, and audits both', async () => {
    const { app, deps } = t();
    const user = await buildUser(deps, { role: 'mentee' });
    const wrong = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: user.email, password: 'not-the-password' },
    });
    const unknown = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: 'nobody@example.be', password: 'not-the-password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(await auditActions(deps)).toEqual(['auth.sign_in:failure', 'auth.sign_in:failure']);
  });

  it('refuses a disabled account even with the right password', async () => {
    const { app, deps } = t();
    const user = await buildUser(deps, {
      role: 'coach',
      disabled: true,
      associationId: (await buildAssociation(deps)).id,
    });
    const response = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: user.email, password: user.password },
    });
    expect(response.status).toBe(403);
    expect(response.body?.error.code).toBe('auth.account_disabled');
  });

  it('slows down guessing with growing delays, without locking the owner out of a known device', async () => {
    const { app, deps, clock } = t();
    const owner = await buildUser(deps, { role: 'mentor' });
    // The owner signs in once: this browser becomes a known device.
    const first = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: owner.email, password: owner.password },
    });
    const device = first.cookies.find((c) => c.name === 'm2w_device')!;
    expect(device).toBeDefined();
    // A stranger guesses from another address.
    const stranger = { 'x-forwarded-for': '203.0.113.9' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: owner.email, password: `guess-${i}-wrong` },
        headers: stranger,
      });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    const blocked = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: owner.email, password: owner.password },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body?.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.headers['retry-after']).toBeDefined();
    // The owner's known device has its own counter and still gets in.
    const owned = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: owner.email, password: owner.password },
      cookie: `m2w_device=${device.value}`,
    });
    expect(owned.status).toBe(200);
    // The delay grows and then passes: capped at a minute for an account.
    clock.advance(61_000);
    const later = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: owner.email, password: owner.password },
    });
    expect(later.status).toBe(200);
    expect(await auditActions(deps)).toContain('auth.sign_in:denied');
  });

  it('ends sessions after the idle timeout and after the absolute lifetime', async () => {
    const { app, deps, clock } = t();
    const user = await buildUser(deps, { role: 'mentee' });
    const cookie = await sessionCookieFor(deps, user);
    clock.advance(59 * 60_000);
    expect((await call(app, 'GET', '/api/auth/session', { cookie })).body?.signedIn).toBe(true);
    clock.advance(61 * 60_000);
    expect((await call(app, 'GET', '/api/auth/session', { cookie })).body?.signedIn).toBe(false);

    const active = await sessionCookieFor(deps, user);
    // Active every 55 minutes: alive until the twelve-hour absolute lifetime (13 x 55 = 715 minutes).
    for (let step = 0; step < 13; step++) {
      clock.advance(55 * 60_000);
      expect((await call(app, 'GET', '/api/auth/session', { cookie: active })).body?.signedIn).toBe(true);
    }
    clock.advance(10 * 60_000);
    expect((await call(app, 'GET', '/api/auth/session', { cookie: active })).body?.signedIn).toBe(false);
  });

  it('signs out and the cookie stops working', async () => {
    const { app, deps } = t();
    const user = await buildUser(deps, { role: 'mentee' });
    const cookie = await sessionCookieFor(deps, user);
    expect((await call(app, 'POST', '/api/auth/sign-out', { cookie, body: {} })).status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/session', { cookie })).body?.signedIn).toBe(false);
  });
});

describe('two-factor authentication', () => {
  it('makes a coach set up TOTP before anything else, then signs in with a code that works only once', async () => {
    const { app, deps, clock } = t();
    const association = await buildAssociation(deps);
    const coach = await buildUser(deps, { role: 'coach', associationId: association.id });
    const signIn = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: coach.email, password: coach.password },
    });
    expect(signIn.body?.state).toBe('two_factor_setup_required');
    const cookie = sessionCookieFrom(signIn);
    const blocked = await call(app, 'GET', '/api/caseload', { cookie });
    expect(blocked.status).toBe(401);
    expect(blocked.body?.error.code).toBe('auth.two_factor_required');

    const setup = await call(app, 'POST', '/api/auth/two-factor/setup', { cookie, body: {} });
    expect(setup.body?.uri).toMatch(/^otpauth:\/\/totp\//);
    const { decodeBase32IgnorePadding } = await import('@oslojs/encoding');
    const key = decodeBase32IgnorePadding(setup.body?.secret);
    const wrong = await call(app, 'POST', '/api/auth/two-factor/enable', {
      cookie,
      body: {
        secret: setup.body?.secret,
        code: '000000' === currentTotpCode(key, clock.now()) ? '111111' : '000000',
      },
    });
    expect(wrong.body?.error.code).toBe('auth.two_factor_invalid_code');
    const enabled = await call(app, 'POST', '/api/auth/two-factor/enable', {
      cookie,
      body: { secret: setup.body?.secret, code: currentTotpCode(key, clock.now()) },
    });
    expect(enabled.status).toBe(200);
    const recoveryCodes = enabled.body?.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    // 25 characters of a 31-letter alphabet: over 112 bits each, so SHA-256 may store them.
    for (const code of recoveryCodes) expect(code).toMatch(/^([a-hjkmnp-z2-9]{5}-){4}[a-hjkmnp-z2-9]{5}$/);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await call(app, 'GET', '/api/caseload', { cookie })).status).toBe(200);
    const storedKey = await deps.db.kysely
      .selectFrom('users')
      .select('totp_key')
      .where('id', '=', coach.id)
      .executeTakeFirstOrThrow();
    expect(storedKey.totp_key).toMatch(/^v1:test:/);
    const storedCodes = await deps.db.kysely.selectFrom('recovery_codes').select('code_hash').execute();
    expect(storedCodes.map((c) => c.code_hash)).not.toContain(recoveryCodes[0]);

    // Next sign-in: a code is required, and the code just used cannot be used again.
    clock.advance(5_000);
    const again = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: coach.email, password: coach.password },
    });
    expect(again.body?.state).toBe('two_factor_required');
    const second = sessionCookieFrom(again);
    const reused = await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie: second,
      body: { code: currentTotpCode(key, clock.now()) },
    });
    expect(reused.body?.error.code).toBe('auth.two_factor_invalid_code');
    clock.advance(30_000);
    const fresh = await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie: second,
      body: { code: currentTotpCode(key, clock.now()) },
    });
    expect(fresh.body?.state).toBe('signed_in');

    // A recovery code works once.
    const third = sessionCookieFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: coach.email, password: coach.password },
      }),
    );
    const recovered = await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie: third,
      body: { recoveryCode: recoveryCodes[0]!.toUpperCase() },
    });
    expect(recovered.body?.state).toBe('signed_in');
    const fourth = sessionCookieFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: coach.email, password: coach.password },
      }),
    );
    const reusedRecovery = await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie: fourth,
      body: { recoveryCode: recoveryCodes[0] },
    });
    expect(reusedRecovery.body?.error.code).toBe('auth.two_factor_invalid_code');
  });

  it('does not let a session that knows only the password enrol a new authenticator', async () => {
    const { app, deps, clock } = t();
    const admin = await buildUser(deps, { role: 'admin', withTotp: true });
    const before = await deps.db.kysely
      .selectFrom('users')
      .select('totp_key')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    const signIn = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: admin.email, password: admin.password },
    });
    expect(signIn.body?.state).toBe('two_factor_required');
    const cookie = sessionCookieFrom(signIn);
    const setup = await call(app, 'POST', '/api/auth/two-factor/setup', { cookie, body: {} });
    expect(setup.status).toBe(401);
    expect(setup.body?.error.code).toBe('auth.two_factor_required');
    // An attacker's own secret, with a valid code from it.
    const { encodeBase32UpperCaseNoPadding } = await import('@oslojs/encoding');
    const key = new Uint8Array(20).fill(7);
    const enable = await call(app, 'POST', '/api/auth/two-factor/enable', {
      cookie,
      body: { secret: encodeBase32UpperCaseNoPadding(key), code: currentTotpCode(key, clock.now()) },
    });
    expect(enable.status).toBe(401);
    expect(enable.body?.error.code).toBe('auth.two_factor_required');
    expect((await call(app, 'GET', '/api/audit', { cookie })).status).toBe(401);
    const after = await deps.db.kysely
      .selectFrom('users')
      .select('totp_key')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(after.totp_key).toBe(before.totp_key);
  });

  it('leaves two-factor optional for a mentee', async () => {
    const { app, deps } = t();
    const mentee = await buildUser(deps, { role: 'mentee' });
    const signIn = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: mentee.email, password: mentee.password },
    });
    expect(signIn.body).toMatchObject({
      state: 'signed_in',
      twoFactor: { enrolled: false, required: false },
    });
  });

  it('rejects a malformed code with a validation error naming the field', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin', withTotp: true });
    const cookie = sessionCookieFrom(
      await call(app, 'POST', '/api/auth/sign-in', {
        body: { email: admin.email, password: admin.password },
      }),
    );
    const response = await call(app, 'POST', '/api/auth/two-factor/verify', {
      cookie,
      body: { code: '12ab56' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body?.error.details)).toContain('code');
  });
});

describe('behind a reverse proxy (TRUST_PROXY=true)', () => {
  const proxied = withTestContext({ TRUST_PROXY: 'true' });

  it('takes the address the proxy appended, not one the client wrote into X-Forwarded-For', async () => {
    const { app, deps } = proxied();
    const mentor = await buildUser(deps, { role: 'mentor' });
    const signIn = await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: mentor.email, password: mentor.password },
      headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9' },
    });
    expect(signIn.status).toBe(200);
    const session = await deps.db.kysely
      .selectFrom('sessions')
      .select('ip')
      .where('user_id', '=', mentor.id)
      .executeTakeFirstOrThrow();
    expect(session.ip).toBe('203.0.113.9');
  });
});
