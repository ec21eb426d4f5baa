import { describe, expect, it } from 'vitest';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

function feedPath(url: string) {
  return new URL(url).pathname;
}

describe('calendar feed', () => {
  it('serves my sessions in my language, with stable UIDs, UTC times and the waiting list as tentative', async () => {
    const { app, deps } = t();
    const module = await buildModule(deps, {
      audience: 'mentor',
      title: { nl: 'Diversiteit', fr: 'Diversité et discrimination', en: 'Diversity' },
    });
    const held = await buildSession(deps, module.id, {
      startsAt: '2026-12-03T17:00:00Z',
      endsAt: '2026-12-03T20:00:00Z',
    });
    const waiting = await buildSession(deps, module.id, {
      startsAt: '2026-12-10T17:00:00Z',
      place: null,
      videoUrl: 'https://meet.example/abc',
    });
    const claire = await buildParticipant(deps, { kind: 'mentor', associationId: null, locale: 'fr' });
    await buildRegistration(deps, held.id, claire.id, 'registered');
    await buildRegistration(deps, waiting.id, claire.id, 'waitlisted');
    const other = await buildSession(deps, module.id, { startsAt: '2026-12-17T17:00:00Z' });
    await buildRegistration(deps, other.id, claire.id, 'cancelled');

    const address = await call(app, 'GET', '/api/me/calendar', { cookie: claire.cookie });
    expect(address.status).toBe(200);
    expect(address.body?.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/calendar\/[a-z2-7]{32}\.ics$/);
    expect((await call(app, 'GET', '/api/me/calendar', { cookie: claire.cookie })).body?.url).toBe(
      address.body?.url,
    );

    const feed = await app.inject({ method: 'GET', url: feedPath(address.body?.url) });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const text = feed.body.replace(/\r\n[ \t]/g, '');
    expect(text).toContain(`UID:training-session-${held.id}@mentor2work`);
    expect(text).toContain('DTSTART:20261203T170000Z');
    expect(text).toContain('SUMMARY:Diversité et discrimination');
    expect(text).toContain('LOCATION:Gent\\, Vrijdagmarkt 1');
    expect(text).toContain(`UID:training-session-${waiting.id}@mentor2work`);
    expect(text).toContain("SUMMARY:Diversité et discrimination (liste d'attente)");
    expect(text).toContain('STATUS:TENTATIVE');
    expect(text).toContain('LOCATION:https://meet.example/abc');
    expect(text).not.toContain(other.id);
    // The same event keeps its UID on the next fetch.
    const again = await app.inject({ method: 'GET', url: feedPath(address.body?.url) });
    expect(again.body).toContain(`UID:training-session-${held.id}@mentor2work`);
  });

  it('renews the address: the old one stops working and the renewal is audited', async () => {
    const { app, deps } = t();
    const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: null });
    const first = await call(app, 'GET', '/api/me/calendar', { cookie: mentee.cookie });
    const renewed = await call(app, 'POST', '/api/me/calendar/renew', { cookie: mentee.cookie, body: {} });
    expect(renewed.status).toBe(200);
    expect(renewed.body?.url).not.toBe(first.body?.url);
    expect((await app.inject({ method: 'GET', url: feedPath(first.body?.url) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: feedPath(renewed.body?.url) })).statusCode).toBe(200);
    expect((await call(app, 'GET', '/api/me/calendar', { cookie: mentee.cookie })).body?.url).toBe(
      renewed.body?.url,
    );
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', '=', 'calendar.feed_renewed')
      .execute();
    expect(audit).toEqual([{ action: 'calendar.feed_renewed', subject_id: mentee.user.id }]);
  });

  it('answers 404 for an unknown token, 401 for the address without a session, and rate-limits the feed', async () => {
    const { app } = t();
    const unknown = await app.inject({
      method: 'GET',
      url: '/calendar/abcdefghijklmnopqrstuvwxyz234567.ics',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await call(app, 'GET', '/api/me/calendar')).status).toBe(401);
    const statuses = [unknown.statusCode];
    for (let i = 0; i < 60; i++)
      statuses.push((await app.inject({ method: 'GET', url: '/calendar/nothing.ics' })).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
