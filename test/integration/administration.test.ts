import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('associations', () => {
  it('lets an admin create and change associations, with unique names', async () => {
    const { app, deps } = t();
    const cookie = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const created = await call(app, 'POST', '/api/associations', {
      cookie,
      body: {
        name: '  Vzw   Kleurrijk Antwerpen ',
        region: 'VLG',
        city: 'Antwerpen',
        contactEmail: 'Info@Kleurrijk.be',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Vzw Kleurrijk Antwerpen',
      region: 'VLG',
      city: 'Antwerpen',
      contactEmail: 'info@kleurrijk.be',
      staffCount: 0,
    });
    const duplicate = await call(app, 'POST', '/api/associations', {
      cookie,
      body: { name: 'vzw kleurrijk antwerpen', region: 'BRU' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body?.error.code).toBe('association.name_taken');
    const changed = await call(app, 'PATCH', `/api/associations/${created.body?.id}`, {
      cookie,
      body: { city: 'Mechelen' },
    });
    expect(changed.body?.city).toBe('Mechelen');
    for (let i = 0; i < 30; i++)
      await buildAssociation(deps, { name: `Vereniging ${String(i).padStart(2, '0')}` });
    const page2 = await call(app, 'GET', '/api/associations?page=2&pageSize=25', { cookie });
    expect(page2.body).toMatchObject({ total: 31, page: 2, pageSize: 25 });
    expect(page2.body?.items).toHaveLength(6);
    const search = await call(app, 'GET', '/api/associations?q=kleur', { cookie });
    expect(search.body?.items.map((a: { name: string }) => a.name)).toEqual(['Vzw Kleurrijk Antwerpen']);
    const tooBig = await call(app, 'GET', '/api/associations?pageSize=1000', { cookie });
    expect(tooBig.status).toBe(400);
  });

  it('shows a coach only their own association and answers 404 for another', async () => {
    const { app, deps } = t();
    const own = await buildAssociation(deps);
    const other = await buildAssociation(deps);
    const cookie = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: own.id }),
    );
    const list = await call(app, 'GET', '/api/associations', { cookie });
    expect(list.body?.items.map((a: { id: string }) => a.id)).toEqual([own.id]);
    expect((await call(app, 'GET', `/api/associations/${own.id}`, { cookie })).status).toBe(200);
    expect((await call(app, 'GET', `/api/associations/${other.id}`, { cookie })).status).toBe(404);
    const create = await call(app, 'POST', '/api/associations', {
      cookie,
      body: { name: 'Nieuw', region: 'BRU' },
    });
    expect(create.status).toBe(403);
    expect(create.body?.error.code).toBe('auth.forbidden');
  });
});

describe('staff accounts', () => {
  it('disables an account (its sessions end) and changes roles, auditing both', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const cookie = await sessionCookieFor(deps, admin);
    const association = await buildAssociation(deps);
    const coach = await buildUser(deps, { role: 'coach', associationId: association.id });
    const coachSession = await sessionCookieFor(deps, coach);
    const disabled = await call(app, 'PATCH', `/api/users/${coach.id}`, { cookie, body: { disabled: true } });
    expect(disabled.body).toMatchObject({ disabled: true });
    expect((await call(app, 'GET', '/api/auth/session', { cookie: coachSession })).body?.signedIn).toBe(
      false,
    );
    const enabled = await call(app, 'PATCH', `/api/users/${coach.id}`, { cookie, body: { disabled: false } });
    expect(enabled.body?.disabled).toBe(false);
    const promoted = await call(app, 'PATCH', `/api/users/${coach.id}`, {
      cookie,
      body: { role: 'admin', associationId: null },
    });
    expect(promoted.body).toMatchObject({ role: 'admin', associationId: null });
    const coachWithout = await call(app, 'PATCH', `/api/users/${coach.id}`, {
      cookie,
      body: { role: 'coach' },
    });
    expect(coachWithout.body?.error.code).toBe('association.required_for_coach');
    const self = await call(app, 'PATCH', `/api/users/${admin.id}`, { cookie, body: { disabled: true } });
    expect(self.status).toBe(409);
    const missing = await call(app, 'PATCH', '/api/users/00000000-0000-4000-8000-000000000000', {
      cookie,
      body: { disabled: true },
    });
    expect(missing.status).toBe(404);
    const audit = await call(app, 'GET', `/api/audit?subjectId=${coach.id}`, { cookie });
    expect(audit.body?.items.map((e: { action: string }) => e.action)).toEqual([
      'user.role_changed',
      'user.enabled',
      'user.disabled',
    ]);
    expect(audit.body?.items[0]).toMatchObject({
      actorId: admin.id,
      actorName: admin.name,
      actorRole: 'admin',
      outcome: 'success',
    });
  });

  it('lists and filters accounts for admins only', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    const association = await buildAssociation(deps);
    await buildUser(deps, { role: 'coach', associationId: association.id, name: 'Youssef Benali' });
    await buildUser(deps, { role: 'funder', name: 'Fonds Vlaanderen' });
    const cookie = await sessionCookieFor(deps, admin);
    const coaches = await call(app, 'GET', '/api/users?role=coach', { cookie });
    expect(coaches.body?.items.map((u: { name: string }) => u.name)).toEqual(['Youssef Benali']);
    expect(coaches.body?.items[0].associationName).toBe(association.name);
    const search = await call(app, 'GET', '/api/users?q=fonds', { cookie });
    expect(search.body?.total).toBe(1);
    const funderCookie = await sessionCookieFor(deps, await buildUser(deps, { role: 'funder' }));
    const denied = await call(app, 'GET', '/api/users', { cookie: funderCookie });
    expect(denied.status).toBe(403);
    const deniedEvents = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('outcome', '=', 'denied')
      .execute();
    expect(deniedEvents).toEqual([{ action: 'access.denied', outcome: 'denied' }]);
  });

  it('remembers the language a person chose', async () => {
    const { app, deps } = t();
    const mentee = await buildUser(deps, { role: 'mentee' });
    const cookie = await sessionCookieFor(deps, mentee);
    expect((await call(app, 'PUT', '/api/me/locale', { cookie, body: { locale: 'fr' } })).status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/session', { cookie })).body?.user.locale).toBe('fr');
    expect((await call(app, 'PUT', '/api/me/locale', { cookie, body: { locale: 'de' } })).status).toBe(400);
  });
});

describe('caseload', () => {
  it('shows a new coach an empty caseload and refuses mentors and mentees', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const coach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: association.id }),
    );
    const empty = await call(app, 'GET', '/api/caseload', { cookie: coach });
    expect(empty.body).toMatchObject({ items: [], total: 0, counts: {} });
    for (const role of ['mentor', 'mentee'] as const) {
      const cookie = await sessionCookieFor(deps, await buildUser(deps, { role }));
      expect((await call(app, 'GET', '/api/caseload', { cookie })).status).toBe(403);
    }
  });
});

describe('the audit log', () => {
  it('is append-only in the database itself', async () => {
    const { app, deps } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: admin.email, password: 'wrong-password-1' },
    });
    const before = await deps.db.kysely.selectFrom('audit_events').selectAll().execute();
    expect(before).toHaveLength(1);
    await expect(
      deps.db.kysely.updateTable('audit_events').set({ outcome: 'success' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(deps.db.kysely.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    if (deps.db.engine === 'postgres') {
      // CASCADE, or the seals' foreign key refuses the TRUNCATE before the trigger can.
      await expect(sql`TRUNCATE audit_events CASCADE`.execute(deps.db.kysely)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE audit_seals`.execute(deps.db.kysely)).rejects.toThrow(/append-only/);
    }
    expect(await deps.db.kysely.selectFrom('audit_events').selectAll().execute()).toEqual(before);
  });

  it('is filtered by action, outcome and date for admins', async () => {
    const { app, deps, clock } = t();
    const admin = await buildUser(deps, { role: 'admin' });
    await call(app, 'POST', '/api/auth/sign-in', {
      body: { email: admin.email, password: 'wrong-password-1' },
    });
    clock.advance(2 * 86_400_000);
    await call(app, 'POST', '/api/auth/sign-in', { body: { email: admin.email, password: admin.password } });
    const cookie = await sessionCookieFor(deps, admin);
    const failures = await call(app, 'GET', '/api/audit?action=auth.sign_in&outcome=failure', { cookie });
    expect(failures.body?.total).toBe(1);
    expect(failures.body?.items[0]).toMatchObject({
      action: 'auth.sign_in',
      outcome: 'failure',
      ip: '127.0.0.1',
      requestId: expect.any(String),
    });
    const today = clock.now().toISOString().slice(0, 10);
    const recent = await call(app, 'GET', `/api/audit?from=${today}&to=${today}&action=auth.`, { cookie });
    expect(recent.body?.items.map((e: { outcome: string }) => e.outcome)).toEqual(['success']);
    const bad = await call(app, 'GET', '/api/audit?from=yesterday', { cookie });
    expect(bad.status).toBe(400);
  });
});
