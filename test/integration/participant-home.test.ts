import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPartnership } from '../factories/partnerships.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

/** A mentee record with an account, waiting for her intake. */
async function menteeWithAccount(deps: ReturnType<typeof t>['deps'], associationId: string) {
  const person = await buildPerson(deps, { kind: 'mentee', status: 'applied', associationId });
  const user = await buildUser(deps, { role: 'mentee' });
  await deps.db.kysely.updateTable('people').set({ user_id: user.id }).where('id', '=', person.id).execute();
  return { person, user, cookie: await sessionCookieFor(deps, user) };
}

describe("the participant's home before and after matching", () => {
  it('shows a mentee her own coach (name, email, phone) and her planned intake before matching', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const coach = await buildUser(deps, { role: 'coach', associationId: association.id, withTotp: true });
    const other = await buildUser(deps, { role: 'coach', associationId: association.id, withTotp: true });
    const coachCookie = await sessionCookieFor(deps, coach);
    const otherCookie = await sessionCookieFor(deps, other);
    const amina = await menteeWithAccount(deps, association.id);
    const sara = await menteeWithAccount(deps, association.id);

    const phone = await call(app, 'PUT', '/api/me/phone', {
      cookie: coachCookie,
      body: { phone: '+32 470 11 22 33' },
    });
    expect(phone.status).toBe(200);
    const before = await call(app, 'GET', '/api/me/home', { cookie: amina.cookie });
    expect(before.body).toMatchObject({ coach: null, intake: null, partnerships: [] });

    const startsAt = new Date(deps.now().getTime() + 3 * day).toISOString();
    const planned = await call(app, 'POST', `/api/people/${amina.person.id}/intake`, {
      cookie: coachCookie,
      body: { startsAt, durationMinutes: 45, place: 'Kantoor, Sint-Pietersnieuwstraat 1' },
    });
    expect(planned.status).toBe(200);
    expect(
      (
        await call(app, 'POST', `/api/people/${sara.person.id}/intake`, {
          cookie: otherCookie,
          body: { startsAt, place: 'Kantoor' },
        })
      ).status,
    ).toBe(200);

    const home = await call(app, 'GET', '/api/me/home', { cookie: amina.cookie });
    expect(home.status).toBe(200);
    expect(home.body?.coach).toEqual({ name: coach.name, email: coach.email, phone: '+32 470 11 22 33' });
    expect(home.body?.intake).toEqual({
      startsAt,
      durationMinutes: 45,
      place: 'Kantoor, Sint-Pietersnieuwstraat 1',
      videoUrl: null,
      // Planned, not yet held (a walk-in intake recorded afterwards has both).
      heldAt: null,
      recordedAt: null,
    });
    // The other mentee sees her own coach, who gave no phone number.
    const saraHome = await call(app, 'GET', '/api/me/home', { cookie: sara.cookie });
    expect(saraHome.body?.coach).toEqual({ name: other.name, email: other.email, phone: null });
  });

  it("shows the partnership coach's phone to both participants", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    await call(app, 'PUT', '/api/me/phone', { cookie: pair.cookies.coach, body: { phone: '02 123 45 67' } });
    for (const cookie of [pair.cookies.mentee, pair.cookies.mentor]) {
      const home = await call(app, 'GET', '/api/me/home', { cookie });
      expect(home.body?.coach).toEqual({
        name: pair.coach.name,
        email: pair.coach.email,
        phone: '02 123 45 67',
      });
      expect(home.body?.intake).toBeNull();
      expect(home.body?.partnerships[0].coach.phone).toBe('02 123 45 67');
    }
  });

  it('keeps the phone number optional, validated and for staff only, and audits the change', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 5 });
    const bad = await call(app, 'PUT', '/api/me/phone', {
      cookie: pair.cookies.coach,
      body: { phone: 'bel me' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('phone');
    const session = async () =>
      (await call(app, 'GET', '/api/auth/session', { cookie: pair.cookies.coach })).body;
    await call(app, 'PUT', '/api/me/phone', { cookie: pair.cookies.coach, body: { phone: '0470 12 34 56' } });
    expect((await session())?.user.phone).toBe('0470 12 34 56');
    const cleared = await call(app, 'PUT', '/api/me/phone', {
      cookie: pair.cookies.coach,
      body: { phone: null },
    });
    expect(cleared.status).toBe(200);
    expect((await session())?.user.phone).toBeNull();
    const audited = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'user.phone_changed')
      .execute();
    expect(audited).toHaveLength(2);
    const mentee = await call(app, 'PUT', '/api/me/phone', {
      cookie: pair.cookies.mentee,
      body: { phone: '0470 12 34 56' },
    });
    expect(mentee.status).toBe(403);
  });
});
