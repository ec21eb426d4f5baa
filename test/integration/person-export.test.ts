import { describe, expect, it } from 'vitest';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent } from '../factories/career.js';
import { buildPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

/**
 * The right of access (issue 14, item 1; docs/privacy.md): a participant downloads everything held
 * about them, an admin does it on request; the export holds every record about the person and
 * nothing about the other side of the pair; each export is audited.
 */
const t = withTestContext();
const day = 86_400_000;

type Deps = ReturnType<typeof t>['deps'];
const daysAgo = (deps: Deps, days: number) => new Date(deps.now().getTime() - days * day).toISOString();

async function personOf(deps: Deps, id: string) {
  return deps.db.kysely.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('a person downloads their data', () => {
  it('holds every record about the mentee and nothing about the mentor', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 40 });
    const url = `/api/partnerships/${pair.id}`;
    const mentee = await personOf(deps, pair.mentee.id);
    const mentor = await personOf(deps, pair.mentor.id);

    const byMentee = await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentee,
      body: {
        startsAt: daysAgo(deps, 10),
        durationMinutes: 60,
        topics: ['cv'],
        sharedNotes: 'Gedeelde notitie over het cv',
        privateNote: 'Mijn eigen notitie',
      },
    });
    expect(byMentee.status).toBe(201);
    const byMentor = await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentor,
      body: {
        startsAt: daysAgo(deps, 3),
        durationMinutes: 45,
        topics: ['cv'],
        privateNote: 'Geheime notitie van de mentor',
      },
    });
    expect(byMentor.status).toBe(201);
    const cv = await call(app, 'POST', `/api/mentees/${mentee.id}/cv/versions`, {
      cookie: pair.cookies.mentee,
      body: { basedOn: null, content: buildCvContent() },
    });
    expect(cv.status).toBe(201);
    // The coach reads the record: the export tells the mentee who did, and when.
    expect((await call(app, 'GET', `/api/people/${mentee.id}`, { cookie: pair.cookies.coach })).status).toBe(
      200,
    );

    const response = await app.inject({
      method: 'GET',
      url: '/api/me/data-export',
      headers: { cookie: pair.cookies.mentee },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="mentor2work-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = response.body;
    const data = JSON.parse(text);

    expect(data).toMatchObject({
      format: 1,
      person: { id: mentee.id, firstName: mentee.first_name, email: mentee.email, kind: 'mentee' },
      account: { role: 'mentee' },
      partnerships: [
        {
          id: pair.id,
          role: 'mentee',
          status: 'active',
          response: 'accepted',
          meetings: expect.any(Array),
        },
      ],
    });
    const meetings = data.partnerships[0].meetings;
    expect(meetings).toHaveLength(2);
    expect(meetings.map((m: { shared_notes: string | null }) => m.shared_notes)).toContain(
      'Gedeelde notitie over het cv',
    );
    expect(meetings.map((m: { myPrivateNote: string | null }) => m.myPrivateNote)).toEqual([
      'Mijn eigen notitie',
      null,
    ]);
    expect(data.career.cvVersions).toEqual([
      expect.objectContaining({
        number: 1,
        content: expect.objectContaining({ profile: expect.any(String) }),
      }),
    ]);
    expect(data.auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'person.read', byRole: 'coach', by: expect.any(String) }),
      ]),
    );

    // Nothing about the other side: not their name, address, id, nor their private note.
    for (const secret of [
      mentor.first_name,
      mentor.last_name,
      mentor.email,
      mentor.id,
      'Geheime notitie van de mentor',
    ])
      expect(text).not.toContain(secret);

    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'person.data_exported')
      .where('subject_id', '=', mentee.id)
      .execute();
    expect(audit).toEqual([
      { actor_id: pair.menteeUser.id, details: JSON.stringify({ by: 'self', format: 'json' }) },
    ]);
  });

  it("gives the mentor their own private note and not the mentee's", async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 20 });
    await call(app, 'POST', `/api/partnerships/${pair.id}/meetings/recorded`, {
      cookie: pair.cookies.mentee,
      body: {
        startsAt: daysAgo(deps, 5),
        durationMinutes: 60,
        topics: ['cv'],
        privateNote: 'Alleen voor de mentee',
      },
    });
    const mentee = await personOf(deps, pair.mentee.id);
    const response = await app.inject({
      method: 'GET',
      url: '/api/me/data-export',
      headers: { cookie: pair.cookies.mentor },
    });
    expect(response.statusCode).toBe(200);
    const data = JSON.parse(response.body);
    expect(data.partnerships[0]).toMatchObject({
      role: 'mentor',
      meetings: [expect.objectContaining({ myPrivateNote: null })],
    });
    for (const secret of ['Alleen voor de mentee', mentee.email, mentee.first_name, mentee.id])
      expect(response.body).not.toContain(secret);
  });

  it('lets an admin export a person on request, and nobody else', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 20 });
    const admin = await buildUser(deps, { role: 'admin' });
    const adminCookie = await sessionCookieFor(deps, admin);
    const url = `/api/people/${pair.mentee.id}/data-export`;
    const byAdmin = await app.inject({ method: 'GET', url, headers: { cookie: adminCookie } });
    expect(byAdmin.statusCode).toBe(200);
    expect(JSON.parse(byAdmin.body).person.id).toBe(pair.mentee.id);
    // The coach, the other side and the funder may not.
    const funder = await buildUser(deps, { role: 'funder' });
    for (const cookie of [pair.cookies.coach, pair.cookies.mentor, await sessionCookieFor(deps, funder)])
      expect([403, 404]).toContain(
        (await app.inject({ method: 'GET', url, headers: { cookie } })).statusCode,
      );
    // Staff have no participant record of their own to download.
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/me/data-export',
          headers: { cookie: pair.cookies.coach },
        })
      ).statusCode,
    ).toBe(403);
    const audited = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'person.data_exported')
      .execute();
    expect(audited).toEqual([
      { actor_id: admin.id, details: JSON.stringify({ by: 'admin', format: 'json' }) },
    ]);
  });
});
