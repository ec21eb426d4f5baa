import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function pool(deps: ReturnType<typeof t>['deps']) {
  const association = await buildAssociation(deps);
  const coach = await buildUser(deps, { role: 'coach', associationId: association.id, name: 'Fatou Diallo' });
  const a = association.id;
  const amina = await buildPerson(deps, { kind: 'mentee', associationId: a, firstName: 'Amina' });
  const mehmet = await buildPerson(deps, {
    kind: 'mentee',
    associationId: a,
    firstName: 'Mehmet',
    assessment: { sectorCode: '41', occupationCode: 'esco:7112.1' },
  });
  const yonas = await buildPerson(deps, {
    kind: 'mentee',
    associationId: a,
    firstName: 'Yonas',
    assessment: { languages: [{ code: 'ti', understanding: 'C2', speaking: 'C2', writing: 'C2' }] },
  });
  const els = await buildPerson(deps, {
    kind: 'mentor',
    associationId: a,
    firstName: 'Els',
    assessment: {
      languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }],
      capacity: 1,
    },
  });
  const tom = await buildPerson(deps, {
    kind: 'mentor',
    associationId: a,
    firstName: 'Tom',
    assessment: {
      sectorCode: '41',
      occupationCode: 'esco:7112.1',
      languages: [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }],
      capacity: 1,
    },
  });
  return { association, coach, cookie: await sessionCookieFor(deps, coach), amina, mehmet, yonas, els, tom };
}

describe('matching runs', () => {
  it('proposes the best whole-pool assignment, explains each pair and each unmatched mentee', async () => {
    const { app, deps } = t();
    const p = await pool(deps);
    const run = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    expect(run.status).toBe(201);
    const pairs = run.body?.pairs.map(
      (x: { mentee: { name: string }; mentor: { name: string } }) =>
        `${x.mentee.name.split(' ')[0]}-${x.mentor.name.split(' ')[0]}`,
    );
    expect(pairs.sort()).toEqual(['Amina-Els', 'Mehmet-Tom']);
    const aminaPair = run.body?.pairs.find((x: { mentee: { id: string } }) => x.mentee.id === p.amina.id);
    expect(aminaPair.criteria.map((c: { reason: string }) => c.reason)).toContain('sector.same');
    expect(aminaPair.alternatives[0]).toMatchObject({ mentor: { id: p.tom.id }, displaces: p.mehmet.name });
    expect(run.body?.unmatched).toEqual([
      expect.objectContaining({
        mentee: expect.objectContaining({ id: p.yonas.id }),
        reason: 'no_shared_language',
        constraints: { no_shared_language: 2 },
        params: { sector: '86', languages: 'ti' },
      }),
    ]);
    expect(run.body?.fairness).toMatchObject({
      menteesInPool: 3,
      mentorsInPool: 2,
      placesInPool: 2,
      matched: 2,
    });
    expect(run.body?.fairness.scoreHistogram.reduce((a: number, b: number) => a + b, 0)).toBe(2);
    const again = await call(app, 'GET', `/api/matching/runs/${run.body?.id}`, { cookie: p.cookie });
    expect(again.body?.pairs).toEqual(run.body?.pairs);
    const list = await call(app, 'GET', '/api/matching/runs', { cookie: p.cookie });
    expect(list.body?.items[0]).toMatchObject({
      id: run.body?.id,
      matched: 2,
      menteesInPool: 3,
      status: 'proposed',
    });
  });

  it('honours a coach lock and a block on the next run', async () => {
    const { app, deps } = t();
    const p = await pool(deps);
    const locked = await call(app, 'POST', '/api/matching/runs', {
      cookie: p.cookie,
      body: { locked: [[p.amina.id, p.tom.id]] },
    });
    expect(
      locked.body?.pairs.find((x: { mentee: { id: string } }) => x.mentee.id === p.amina.id),
    ).toMatchObject({ mentor: { id: p.tom.id }, locked: true });
    const block = await call(app, 'POST', '/api/matching/blocks', {
      cookie: p.cookie,
      body: { menteeId: p.amina.id, mentorId: p.els.id, reason: 'Kennen elkaar privé.' },
    });
    expect(block.status).toBe(200);
    const rerun = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    const amina = rerun.body?.pairs.find((x: { mentee: { id: string } }) => x.mentee.id === p.amina.id);
    expect(amina?.mentor.id).not.toBe(p.els.id);
    const unknownLock = await call(app, 'POST', '/api/matching/runs', {
      cookie: p.cookie,
      body: { locked: [[p.amina.id, '00000000-0000-4000-8000-000000000000']] },
    });
    expect(unknownLock.body?.error.code).toBe('matching.person_not_in_run');
  });

  it('confirms pairs as proposed partnerships, asks a reason for an override, and emails an introduction', async () => {
    const { app, deps } = t();
    const p = await pool(deps);
    const run = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    const override = await call(app, 'POST', `/api/matching/runs/${run.body?.id}/confirm`, {
      cookie: p.cookie,
      body: { pairs: [{ menteeId: p.amina.id, mentorId: p.tom.id }] },
    });
    expect(override.body?.error.code).toBe('matching.override_reason_required');
    expect(override.body?.error.details[0].path).toEqual(['pairs', 0, 'overrideReason']);
    const confirmed = await call(app, 'POST', `/api/matching/runs/${run.body?.id}/confirm`, {
      cookie: p.cookie,
      body: {
        pairs: [
          { menteeId: p.amina.id, mentorId: p.els.id },
          { menteeId: p.mehmet.id, mentorId: p.tom.id },
        ],
      },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body?.partnerships.map((x: { status: string }) => x.status)).toEqual([
      'proposed',
      'proposed',
    ]);
    const people = await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'status'])
      .where('id', 'in', [p.amina.id, p.els.id])
      .execute();
    expect(people.map((x) => x.status)).toEqual(['in_partnership', 'in_partnership']);
    const emails = await deps.db.kysely.selectFrom('outbox_emails').select(['subject']).execute();
    expect(emails).toHaveLength(4);
    expect(emails[0]?.subject).toBe('Je duo bij Mentor2Work');
    const twice = await call(app, 'POST', `/api/matching/runs/${run.body?.id}/confirm`, {
      cookie: p.cookie,
      body: { pairs: [{ menteeId: p.yonas.id, mentorId: p.els.id }] },
    });
    expect(twice.body?.error.code).toBe('matching.already_confirmed');
    const next = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    expect(next.body?.fairness).toMatchObject({ menteesInPool: 1, mentorsInPool: 0, matched: 0 });
    expect(next.body?.unmatched[0].reason).toBe('no_mentors');
  });

  it('suggests the ten best mentors for a mentee, and keeps runs to their association', async () => {
    const { app, deps } = t();
    const p = await pool(deps);
    const suggestions = await call(app, 'GET', `/api/matching/suggestions?personId=${p.amina.id}`, {
      cookie: p.cookie,
    });
    expect(suggestions.body?.suggestions.map((s: { person: { id: string } }) => s.person.id)).toEqual([
      p.els.id,
      p.tom.id,
    ]);
    expect(suggestions.body?.suggestions[0].score).toBeGreaterThan(suggestions.body?.suggestions[1].score);
    const other = await buildAssociation(deps);
    const otherCoach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: other.id }),
    );
    const run = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    expect(
      (await call(app, 'GET', `/api/matching/runs/${run.body?.id}`, { cookie: otherCoach })).status,
    ).toBe(404);
    expect(
      (
        await call(app, 'POST', '/api/matching/runs', {
          cookie: otherCoach,
          body: { associationId: p.association.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(app, 'POST', '/api/matching/runs', { cookie: otherCoach, body: {} })).body?.error.code,
    ).toBe('matching.empty_pool');
    const mentee = await sessionCookieFor(deps, await buildUser(deps, { role: 'mentee' }));
    expect((await call(app, 'POST', '/api/matching/runs', { cookie: mentee, body: {} })).status).toBe(403);
    // An administrator's run over every association names people of all of them: no coach opens it.
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const everywhere = await call(app, 'POST', '/api/matching/runs', { cookie: admin, body: {} });
    expect(everywhere.status).toBe(201);
    expect(
      (await call(app, 'GET', `/api/matching/runs/${everywhere.body?.id}`, { cookie: p.cookie })).status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', `/api/matching/runs/${everywhere.body?.id}`, { cookie: admin })).status,
    ).toBe(200);
    const listed = await call(app, 'GET', '/api/matching/runs', { cookie: p.cookie });
    expect(listed.body?.items.map((r: { id: string }) => r.id)).toEqual([run.body?.id]);
    const unplaced = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: null }),
    );
    expect((await call(app, 'GET', '/api/matching/runs', { cookie: unplaced })).body?.total).toBe(0);
  });
});

describe('matching weights', () => {
  it('lets an admin tune the weights, refuses bad ones, and uses them in the next run', async () => {
    const { app, deps } = t();
    const p = await pool(deps);
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const current = await call(app, 'GET', '/api/matching/weights', { cookie: p.cookie });
    expect(current.body).toMatchObject({ sector: 0.25, waiting: 0 });
    const byCoach = await call(app, 'PUT', '/api/matching/weights', {
      cookie: p.cookie,
      body: { ...current.body, waiting: 0.2 },
    });
    expect(byCoach.status).toBe(403);
    const negative = await call(app, 'PUT', '/api/matching/weights', {
      cookie: admin,
      body: { ...current.body, sector: -1 },
    });
    expect(negative.status).toBe(400);
    const zero = await call(app, 'PUT', '/api/matching/weights', {
      cookie: admin,
      body: Object.fromEntries(Object.keys(current.body ?? {}).map((k) => [k, 0])),
    });
    expect(zero.status).toBe(400);
    const tuned = await call(app, 'PUT', '/api/matching/weights', {
      cookie: admin,
      body: { ...current.body, language: 0, waiting: 0.3 },
    });
    expect(tuned.body).toMatchObject({ language: 0, waiting: 0.3 });
    const run = await call(app, 'POST', '/api/matching/runs', { cookie: p.cookie, body: {} });
    const language = run.body?.pairs[0].criteria.find(
      (c: { criterion: string }) => c.criterion === 'language',
    );
    expect(language.weight).toBe(0);
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'matching.weights_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
