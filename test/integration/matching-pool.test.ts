import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

type Deps = ReturnType<typeof t>['deps'];
const dutch = [{ code: 'nl', understanding: 'C2', speaking: 'C2', writing: 'C2' }] as const;

/** A small association in Brussels, its sister that shares, one that does not, one in Flanders. */
async function region(deps: Deps) {
  const home = await buildAssociation(deps, { name: 'Vzw Klein Brussel', region: 'BRU' });
  const sister = await buildAssociation(deps, { name: 'Pont Bruxellois', region: 'BRU' });
  const closed = await buildAssociation(deps, { name: 'Vzw Eigen Kring', region: 'BRU' });
  const elsewhere = await buildAssociation(deps, { name: 'Kleurrijk Gent', region: 'VLG' });
  await deps.db.kysely
    .updateTable('associations')
    .set({ shares_mentors: 0 })
    .where('id', '=', closed.id)
    .execute();
  const coach = await buildUser(deps, { role: 'coach', associationId: home.id, name: 'Samira El Amrani' });
  const sisterCoach = await buildUser(deps, {
    role: 'coach',
    associationId: sister.id,
    name: 'Claire Dubois',
    email: 'claire.dubois@pont.example',
  });
  const mentor = (associationId: string, firstName: string) =>
    buildPerson(deps, {
      kind: 'mentor',
      associationId,
      firstName,
      assessment: { languages: [...dutch], capacity: 1 },
    });
  const mentee = (firstName: string) =>
    buildPerson(deps, {
      kind: 'mentee',
      associationId: home.id,
      firstName,
      assessment: { languages: [...dutch] },
    });
  return {
    home,
    sister,
    coach,
    sisterCoach,
    amina: await mentee('Amina'),
    bilal: await mentee('Bilal'),
    own: await mentor(home.id, 'Els'),
    shared: await mentor(sister.id, 'Hicham'),
    notShared: await mentor(closed.id, 'Lotte'),
    otherRegion: await mentor(elsewhere.id, 'Koen'),
  };
}

describe('the matching pool across sister associations', () => {
  it('takes the mentors a sister association of the region shares, seen only as matching needs', async () => {
    const { app, deps } = t();
    const r = await region(deps);
    const cookie = await sessionCookieFor(deps, r.coach);
    const run = await call(app, 'POST', '/api/matching/runs', { cookie, body: {} });
    expect(run.status).toBe(201);
    const mentors = run.body?.pairs.map((p: { mentor: { id: string } }) => p.mentor.id).sort();
    expect(mentors).toEqual([r.own.id, r.shared.id].sort());
    expect(run.body?.fairness).toMatchObject({ menteesInPool: 2, mentorsInPool: 2 });
    const shared = run.body?.pairs.find((p: { mentor: { id: string } }) => p.mentor.id === r.shared.id);
    expect(shared.mentor).toEqual({
      id: r.shared.id,
      name: r.shared.name,
      associationName: 'Pont Bruxellois',
      sectorCode: '86',
      languages: ['nl'],
      postcode: null,
      shared: true,
    });
    const own = run.body?.pairs.find((p: { mentor: { id: string } }) => p.mentor.id === r.own.id);
    expect(own.mentor).toMatchObject({ shared: false, associationName: 'Vzw Klein Brussel' });
    // Not the sister's mentee list, nor another association's pool, nor all associations.
    for (const associationId of [r.sister.id, null])
      expect(
        (await call(app, 'POST', '/api/matching/runs', { cookie, body: { associationId } })).status,
      ).toBe(404);
    // The person page suggests mentors from the same pool, the shared one as a run shows it.
    const suggested = await call(app, 'GET', `/api/matching/suggestions?personId=${r.amina.id}`, { cookie });
    expect(
      suggested.body?.suggestions
        .map((x: { person: { id: string; shared: boolean; postcode: string | null } }) => x.person)
        .map(
          (p: { id: string; shared: boolean; postcode: string | null }) =>
            `${p.id}:${p.shared}:${p.postcode}`,
        )
        .sort(),
    ).toEqual([`${r.own.id}:false:9000`, `${r.shared.id}:true:null`].sort());
    // The shared mentor's person page stays closed to the other association's coach.
    expect((await call(app, 'GET', `/api/people/${r.shared.id}`, { cookie })).status).toBe(404);

    // The sister stops sharing: the next run has only the association's own mentor.
    const sisterCookie = await sessionCookieFor(deps, r.sisterCoach);
    expect(
      (
        await call(app, 'PUT', `/api/associations/${r.home.id}/mentor-sharing`, {
          cookie: sisterCookie,
          body: { sharesMentors: false },
        })
      ).status,
    ).toBe(404);
    const off = await call(app, 'PUT', `/api/associations/${r.sister.id}/mentor-sharing`, {
      cookie: sisterCookie,
      body: { sharesMentors: false },
    });
    expect(off.body).toMatchObject({ id: r.sister.id, sharesMentors: false });
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', '=', 'association.mentor_sharing_changed')
      .execute();
    expect(audit).toEqual([{ action: 'association.mentor_sharing_changed', subject_id: r.sister.id }]);
    const after = await call(app, 'POST', '/api/matching/runs', { cookie, body: {} });
    expect(after.body?.pairs.map((p: { mentor: { id: string } }) => p.mentor.id)).toEqual([r.own.id]);

    // An admin still runs any association's pool, or all of them.
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const all = await call(app, 'POST', '/api/matching/runs', {
      cookie: admin,
      body: { associationId: null },
    });
    expect(all.body?.fairness).toMatchObject({ menteesInPool: 2, mentorsInPool: 4 });
    const bad = await call(app, 'PUT', `/api/associations/${r.sister.id}/mentor-sharing`, {
      cookie: admin,
      body: { sharesMentors: 'yes' },
    });
    expect(bad.status).toBe(400);
  });

  it("confirming a pair with a shared mentor records both associations and tells the mentor's coach", async () => {
    const { app, deps } = t();
    const r = await region(deps);
    const cookie = await sessionCookieFor(deps, r.coach);
    const run = await call(app, 'POST', '/api/matching/runs', { cookie, body: {} });
    const pair = run.body?.pairs.find((p: { mentor: { id: string } }) => p.mentor.id === r.shared.id);
    const confirmed = await call(app, 'POST', `/api/matching/runs/${run.body?.id}/confirm`, {
      cookie,
      body: { pairs: [{ menteeId: pair.mentee.id, mentorId: r.shared.id }] },
    });
    expect(confirmed.status).toBe(200);
    const row = await deps.db.kysely
      .selectFrom('partnerships')
      .select(['association_id', 'mentor_association_id'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ association_id: r.home.id, mentor_association_id: r.sister.id });
    const toCoach = await deps.db.kysely
      .selectFrom('outbox_emails')
      .select(['subject', 'text_body'])
      .where('to_address', '=', r.sisterCoach.email)
      .execute();
    expect(toCoach).toHaveLength(1);
    expect(toCoach[0]?.text_body).toContain(r.shared.name);
    expect(toCoach[0]?.text_body).toContain('Vzw Klein Brussel');
  });
});
