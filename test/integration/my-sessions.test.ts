import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/services/auth/sessions.js';
import { buildUser } from '../factories/accounts.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

const phone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1';
const laptop =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function sessionOn(deps: ReturnType<typeof t>['deps'], userId: string, ip: string, userAgent: string) {
  const { token } = await createSession(
    deps.db.kysely,
    deps,
    { actor: null, requestId: 'test', ip, userAgent },
    userId,
    true,
  );
  return `m2w_session=${token}`;
}

describe('my sessions', () => {
  it('lists my sessions with device and network range, and ends another one, audited', async () => {
    const { app, deps } = t();
    const mentee = await buildUser(deps, { role: 'mentee' });
    const other = await buildUser(deps, { role: 'mentee' });
    const onLaptop = await sessionOn(deps, mentee.id, '81.82.83.84', laptop);
    const onPhone = await sessionOn(deps, mentee.id, '2a02:1810:4f00:12::7', phone);
    const othersSession = await sessionOn(deps, other.id, '81.82.83.85', laptop);

    const list = await call(app, 'GET', '/api/me/sessions', { cookie: onLaptop });
    expect(list.status).toBe(200);
    expect(list.body!.total).toBe(2);
    const items = list.body!.items as Array<Record<string, unknown>>;
    expect(items.map((item) => [item.current, item.device, item.network]).sort()).toEqual(
      [
        [false, { browser: 'Safari', os: 'iOS', kind: 'mobile' }, '2a02:1810:4f00::/48'],
        [true, { browser: 'Chrome', os: 'Windows', kind: 'desktop' }, '81.82.83.0/24'],
      ].sort(),
    );
    // The reference is not the stored key the cookie is looked up by.
    const stored = await deps.db.kysely.selectFrom('sessions').select('id').execute();
    for (const item of items) expect(stored.map((row) => row.id)).not.toContain(item.id);

    const current = items.find((item) => item.current)!;
    const phoneItem = items.find((item) => !item.current)!;
    const refused = await call(app, 'DELETE', `/api/me/sessions/${current.id}`, { cookie: onLaptop });
    expect([refused.status, refused.body!.error.code]).toEqual([409, 'auth.session_is_current']);
    // Someone else cannot end my session by its reference.
    const foreign = await call(app, 'DELETE', `/api/me/sessions/${phoneItem.id}`, { cookie: othersSession });
    expect([foreign.status, foreign.body!.error.code]).toEqual([404, 'not_found']);

    const ended = await call(app, 'DELETE', `/api/me/sessions/${phoneItem.id}`, { cookie: onLaptop });
    expect([ended.status, ended.body]).toEqual([200, { ended: 1 }]);
    const phoneNow = await call(app, 'GET', '/api/auth/session', { cookie: onPhone });
    expect(phoneNow.body).toEqual({ signedIn: false });
    const stillHere = await call(app, 'GET', '/api/auth/session', { cookie: onLaptop });
    expect(stillHere.body).toMatchObject({ signedIn: true });
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'actor_id'])
      .where('action', '=', 'auth.session_ended')
      .execute();
    expect(audit).toEqual([{ action: 'auth.session_ended', subject_id: mentee.id, actor_id: mentee.id }]);
  });

  it('ends every other session at once and keeps mine; a bad reference names the field', async () => {
    const { app, deps } = t();
    const coach = await buildUser(deps, { role: 'mentor' });
    const mine = await sessionOn(deps, coach.id, '81.82.83.84', laptop);
    const a = await sessionOn(deps, coach.id, '81.82.83.90', phone);
    const b = await sessionOn(deps, coach.id, '10.0.0.1', phone);
    const ended = await call(app, 'POST', '/api/me/sessions/end-others', { cookie: mine, body: {} });
    expect([ended.status, ended.body]).toEqual([200, { ended: 2 }]);
    for (const cookie of [a, b])
      expect((await call(app, 'GET', '/api/auth/session', { cookie })).body).toEqual({ signedIn: false });
    const list = await call(app, 'GET', '/api/me/sessions?pageSize=1', { cookie: mine });
    expect([list.body!.total, list.body!.items.length, list.body!.items[0].current]).toEqual([1, 1, true]);
    const bad = await call(app, 'DELETE', '/api/me/sessions/not-a-reference', { cookie: mine });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('sessionId');
    const visitor = await call(app, 'GET', '/api/me/sessions');
    expect(visitor.status).toBe(401);
  });
});
