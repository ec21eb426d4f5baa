import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildAssessment, buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const day = 86_400_000;

async function coachWithApplicant(deps: ReturnType<typeof t>['deps']) {
  const association = await buildAssociation(deps);
  const coach = await buildUser(deps, { role: 'coach', associationId: association.id });
  const person = await buildPerson(deps, {
    kind: 'mentee',
    associationId: association.id,
    status: 'applied',
    appliedDaysAgo: 10,
  });
  return { person, cookie: await sessionCookieFor(deps, coach), coach };
}

describe('recording an intake that already took place', () => {
  it('records a walk-in intake as held on a past date with its assessment, without planning it', async () => {
    const { app, deps } = t();
    const { person, cookie, coach } = await coachWithApplicant(deps);
    const heldAt = new Date(deps.now().getTime() - 3 * day).toISOString();
    const held = await call(app, 'POST', `/api/people/${person.id}/intake/held`, {
      cookie,
      body: { heldAt, durationMinutes: 45, place: 'Inloop, Gent', assessment: buildAssessment() },
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      status: 'assessed',
      intake: { startsAt: heldAt, heldAt, durationMinutes: 45, recordedAt: deps.now().toISOString() },
      assessment: { sectorCode: '86' },
    });
    expect(held.body?.history.at(-1)).toMatchObject({ from: 'applied', to: 'assessed' });
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'person.intake_held')
      .execute();
    expect(audit).toEqual([{ actor_id: coach.id, details: JSON.stringify({ heldAt }) }]);
  });

  it('refuses an intake date in the future or before the application, naming the field', async () => {
    const { app, deps } = t();
    const { person, cookie } = await coachWithApplicant(deps);
    for (const [days, code] of [
      [-1, 'intake.in_future'],
      [20, 'intake.before_application'],
    ] as const) {
      const refused = await call(app, 'POST', `/api/people/${person.id}/intake/held`, {
        cookie,
        body: {
          heldAt: new Date(deps.now().getTime() - days * day).toISOString(),
          assessment: buildAssessment(),
        },
      });
      expect(refused.status).toBe(400);
      expect(refused.body?.error.details[0]).toMatchObject({ path: ['heldAt'], code });
    }
    const row = await deps.db.kysely
      .selectFrom('people')
      .select(['status', 'assessment', 'intake'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('applied');
    expect(row.intake).toBeNull();
  });

  it('keeps "intake planned" when the assessment is saved before the planned intake, and moves on after it', async () => {
    const { app, deps, clock } = t();
    const { person, cookie, coach } = await coachWithApplicant(deps);
    await call(app, 'POST', `/api/people/${person.id}/intake`, {
      cookie,
      body: { startsAt: new Date(deps.now().getTime() + day).toISOString(), place: 'Kantoor, Gent' },
    });
    const early = await call(app, 'PUT', `/api/people/${person.id}/assessment`, {
      cookie,
      body: buildAssessment(),
    });
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ status: 'intake_planned', assessment: { sectorCode: '86' } });
    clock.advance(2 * day);
    const after = await call(app, 'PUT', `/api/people/${person.id}/assessment`, {
      cookie: await sessionCookieFor(deps, coach),
      body: buildAssessment(),
    });
    expect(after.body?.status).toBe('assessed');
  });
});
