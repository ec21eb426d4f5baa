import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

describe('one session and my registrations', () => {
  it('shows a session with places left, the waiting count and my own registration', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const module = await buildModule(deps, { audience: 'mentor' });
    const session = await buildSession(deps, module.id, { capacity: 1 });
    const els = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
    const other = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
    await buildRegistration(deps, session.id, other.id, 'registered');
    const waiting = await buildRegistration(deps, session.id, els.id, 'waitlisted');

    const detail = await call(app, 'GET', `/api/training/sessions/${session.id}`, { cookie: els.cookie });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      session: { id: session.id, capacity: 1, registered: 1, waitlisted: 1 },
      module: { id: module.id, kind: 'training' },
      placesLeft: 0,
      waiting: 1,
      mine: { id: waiting.id, status: 'waitlisted' },
    });
    const coach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: association.id }),
    );
    expect(
      (await call(app, 'GET', `/api/training/sessions/${session.id}`, { cookie: coach })).body?.mine,
    ).toBeNull();
    expect(
      (
        await call(app, 'GET', '/api/training/sessions/00000000-0000-4000-8000-000000000000', {
          cookie: coach,
        })
      ).status,
    ).toBe(404);
  });

  it("hides the other side's sessions from a mentee (404)", async () => {
    const { app, deps } = t();
    const module = await buildModule(deps, { audience: 'mentor' });
    const session = await buildSession(deps, module.id);
    const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: null });
    expect(
      (await call(app, 'GET', `/api/training/sessions/${session.id}`, { cookie: mentee.cookie })).status,
    ).toBe(404);
  });

  it('lists only my own registrations, paginated, without cancelled ones', async () => {
    const { app, deps } = t();
    const module = await buildModule(deps, { audience: 'mentor' });
    const me = await buildParticipant(deps, { kind: 'mentor', associationId: null });
    const someoneElse = await buildParticipant(deps, { kind: 'mentor', associationId: null });
    for (let day = 1; day <= 3; day++) {
      const session = await buildSession(deps, module.id, {
        startsAt: new Date(deps.now().getTime() + day * 86_400_000).toISOString(),
      });
      await buildRegistration(deps, session.id, me.id, day === 3 ? 'cancelled' : 'registered');
      await buildRegistration(deps, session.id, someoneElse.id, 'registered');
    }
    const first = await call(app, 'GET', '/api/training/registrations/mine?pageSize=1', {
      cookie: me.cookie,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.body?.items).toHaveLength(1);
    expect(first.body?.items[0]).toMatchObject({ personId: me.id, status: 'registered' });
    const second = await call(app, 'GET', '/api/training/registrations/mine?page=2&pageSize=1', {
      cookie: me.cookie,
    });
    expect(second.body?.items[0].session.startsAt < first.body?.items[0].session.startsAt).toBe(true);
    const coach = await sessionCookieFor(deps, await buildUser(deps, { role: 'coach' }));
    expect((await call(app, 'GET', '/api/training/registrations/mine', { cookie: coach })).status).toBe(403);
    expect(
      (await call(app, 'GET', '/api/training/registrations/mine?pageSize=500', { cookie: me.cookie })).status,
    ).toBe(400);
  });
});
