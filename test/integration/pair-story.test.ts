import { describe, expect, it } from 'vitest';
import { buildPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

describe('one story for a pair', () => {
  it('after the introduction is recorded, neither the health nor the next meeting say it is to come', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps);
    const url = `/api/partnerships/${pair.id}`;
    const intro = await call(app, 'POST', `${url}/meetings`, {
      cookie: pair.cookies.coach,
      body: {
        kind: 'introduction',
        startsAt: new Date(deps.now().getTime() + 2 * day).toISOString(),
        place: 'Gent',
      },
    });
    const before = await call(app, 'GET', url, { cookie: pair.cookies.coach });
    expect(before.body).toMatchObject({
      stage: 'introduction_planned',
      health: { rule: 'introduction_pending' },
      nextMeeting: { id: intro.body?.id },
    });
    // The coach says the introduction took place (earlier, by phone): the planned one is overtaken.
    const done = await call(app, 'POST', `${url}/introduced`, { cookie: pair.cookies.coach, body: {} });
    expect(done.body?.status).toBe('introduced');
    for (const cookie of [pair.cookies.coach, pair.cookies.mentee]) {
      const after = await call(app, 'GET', url, { cookie });
      expect(after.body).toMatchObject({
        stage: 'answers_pending',
        health: { rule: 'answers_pending' },
        nextMeeting: null,
      });
    }
    const home = await call(app, 'GET', '/api/me/home', { cookie: pair.cookies.mentee });
    expect(home.body?.partnerships[0]).toMatchObject({ stage: 'answers_pending', nextMeeting: null });
    const stored = await deps.db.kysely
      .selectFrom('meetings')
      .select('status')
      .where('id', '=', intro.body?.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('cancelled');
  });
});
