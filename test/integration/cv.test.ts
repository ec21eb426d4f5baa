import { describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '../../src/contracts/partnership-vocabulary.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent, buildParticipant } from '../factories/career.js';
import { linkPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const skill = 'http://data.europa.eu/esco/skill/429062f1-a958-43ea-83dd-4e1af078c156';

async function setUp(partnershipStatus: PartnershipStatus = 'active') {
  const { deps } = t();
  const association = await buildAssociation(deps);
  const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: association.id });
  const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
  await linkPartnership(deps, {
    menteeId: mentee.id,
    mentorId: mentor.id,
    associationId: association.id,
    status: partnershipStatus,
  });
  const coach = await sessionCookieFor(
    deps,
    await buildUser(deps, { role: 'coach', associationId: association.id }),
  );
  const cvPath = `/api/mentees/${mentee.id}/cv`;
  return { association, mentee, mentor, coach, cvPath };
}

async function countRows(table: 'cv_versions' | 'cv_comments' | 'audit_events', action?: string) {
  let query = t()
    .deps.db.kysely.selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) query = query.where('action' as never, '=', action as never);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

describe('CV versions', () => {
  it('lets one of two saves at the same moment win; the other is told, nothing is lost', async () => {
    const { app } = t();
    const s = await setUp();
    const save = (cookie: string, profile: string) =>
      call(app, 'POST', `${s.cvPath}/versions`, {
        cookie,
        body: { basedOn: null, content: buildCvContent({ profile }) },
      });
    const results = await Promise.all([
      save(s.mentee.cookie, 'Van de mentee'),
      save(s.coach, 'Van de coach'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body?.error.code).toBe('cv.version_conflict');
    expect(await countRows('cv_versions')).toBe(1);
  });

  it('numbers versions 1, 2, 3 per mentee; the latest is current; old ones stay readable', async () => {
    const { app } = t();
    const s = await setUp();
    const first = await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent({ skills: { esco: [skill], free: [] } }) },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, skillLabels: { [skill]: expect.any(String) } });
    const second = await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.coach,
      body: { basedOn: 1, content: buildCvContent({ profile: 'Tweede versie' }) },
    });
    expect(second.body?.number).toBe(2);
    const overview = await call(app, 'GET', s.cvPath, { cookie: s.mentee.cookie });
    expect(overview.body).toMatchObject({
      relation: 'self',
      current: { number: 2, content: { profile: 'Tweede versie' } },
    });
    const old = await call(app, 'GET', `${s.cvPath}/versions/1`, { cookie: s.mentor.cookie });
    expect(old.body?.content.profile).toContain('Aleppo');
    const list = await call(app, 'GET', `${s.cvPath}/versions?pageSize=1`, { cookie: s.mentee.cookie });
    expect(list.body).toMatchObject({ total: 2, items: [{ number: 2 }] });
    // Another mentee's CV numbers from 1 again.
    const other = await buildParticipant(t().deps, { kind: 'mentee', associationId: s.association.id });
    const theirs = await call(app, 'POST', `/api/mentees/${other.id}/cv/versions`, {
      cookie: other.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    expect(theirs.body?.number).toBe(1);
  });

  it('answers 409 when someone saved a newer version since the editor opened', async () => {
    const { app } = t();
    const s = await setUp();
    await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    const stale = await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.coach,
      body: { basedOn: null, content: buildCvContent() },
    });
    expect(stale.status).toBe(409);
    expect(stale.body?.error.code).toBe('cv.version_conflict');
    expect(await countRows('cv_versions')).toBe(1);
  });

  it.each([
    [
      'a country that does not exist',
      { experience: [{ ...buildCvContent().experience[0], country: 'XX' }] },
      ['content', 'experience', 0, 'country'],
      'cv.unknown_country',
    ],
    [
      'a lower-case country',
      { education: [{ ...buildCvContent().education[0], country: 'sy' }] },
      ['body', 'content', 'education', 0, 'country'],
      'invalid_format',
    ],
    [
      'an end before the start',
      { experience: [{ ...buildCvContent().experience[0], to: '2009-01' }] },
      ['content', 'experience', 0, 'to'],
      'cv.ends_before_start',
    ],
    [
      'an unknown language',
      { languages: { motherTongues: ['xx'], foreign: [] } },
      ['content', 'languages', 'motherTongues', 0],
      'cv.unknown_language',
    ],
    [
      'a CEFR level that does not exist',
      {
        languages: {
          motherTongues: [],
          foreign: [
            {
              code: 'nl',
              listening: 'B3',
              reading: 'B1',
              spokenInteraction: 'A2',
              spokenProduction: 'A2',
              writing: 'A2',
            },
          ],
        },
      },
      ['body', 'content', 'languages', 'foreign', 0, 'listening'],
      'invalid_value',
    ],
    ['an over-long profile', { profile: 'x'.repeat(3001) }, ['body', 'content', 'profile'], 'too_big'],
    [
      'an unknown ESCO skill',
      { skills: { esco: ['http://data.europa.eu/esco/skill/nope'], free: [] } },
      ['content', 'skills', 'esco', 0],
      'application.unknown_skill',
    ],
    [
      'a month that is no month',
      { experience: [{ ...buildCvContent().experience[0], from: '2010-13' }] },
      ['body', 'content', 'experience', 0, 'from'],
      'invalid_format',
    ],
    ['an unknown field', { photo: 'me.jpg' }, ['body', 'content'], 'unrecognized_keys'],
  ])('refuses %s with 400 naming the field and writes nothing', async (_name, overrides, path, code) => {
    const { app } = t();
    const s = await setUp();
    const response = await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent(overrides) },
    });
    expect(response.status).toBe(400);
    // zod names list positions as strings, the CV checks as numbers: the web app joins both the same.
    const named = response.body?.error.details.map((d: { path: unknown[]; code: string }) => ({
      path: d.path.map(String),
      code: d.code,
    }));
    expect(named).toContainEqual({ path: path.map(String), code });
    expect(await countRows('cv_versions')).toBe(0);
  });

  it('lets the mentee, the running mentor, the coach and an admin read; others get 404 or 403', async () => {
    const { app, deps } = t();
    const s = await setUp();
    await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    for (const cookie of [s.mentee.cookie, s.mentor.cookie, s.coach, admin])
      expect((await call(app, 'GET', s.cvPath, { cookie })).status).toBe(200);

    const elsewhere = await buildAssociation(deps);
    const otherCoach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: elsewhere.id }),
    );
    const otherMentor = await buildParticipant(deps, { kind: 'mentor', associationId: s.association.id });
    const otherMentee = await buildParticipant(deps, { kind: 'mentee', associationId: s.association.id });
    await linkPartnership(deps, {
      menteeId: otherMentee.id,
      mentorId: otherMentor.id,
      associationId: s.association.id,
    });
    for (const cookie of [otherCoach, otherMentor.cookie, otherMentee.cookie]) {
      const response = await call(app, 'GET', s.cvPath, { cookie });
      expect(response.status).toBe(404);
      expect((await call(app, 'GET', `${s.cvPath}/versions/1`, { cookie })).status).toBe(404);
    }
    // A mentor may read but not write the CV.
    const write = await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentor.cookie,
      body: { basedOn: 1, content: buildCvContent() },
    });
    expect(write.status).toBe(403);
    // Staff and mentor reads are audited; the mentee's own are not.
    expect(await countRows('audit_events', 'cv.read')).toBe(3);
  });

  it.each<PartnershipStatus>(['proposed', 'completed', 'ended_early', 'declined'])(
    'hides the CV from a mentor whose partnership is %s',
    async (status) => {
      const { app } = t();
      const s = await setUp(status);
      await call(app, 'POST', `${s.cvPath}/versions`, {
        cookie: s.mentee.cookie,
        body: { basedOn: null, content: buildCvContent() },
      });
      expect((await call(app, 'GET', s.cvPath, { cookie: s.mentor.cookie })).status).toBe(404);
    },
  );

  it.each<PartnershipStatus>(['introduced', 'closing'])(
    'shows the CV to a mentor whose partnership is %s',
    async (status) => {
      const { app } = t();
      const s = await setUp(status);
      expect((await call(app, 'GET', s.cvPath, { cookie: s.mentor.cookie })).body?.relation).toBe('mentor');
    },
  );
});

describe('comments on a CV', () => {
  it('keeps comments per section, marks them done and undone, and keeps old versions’ comments', async () => {
    const { app } = t();
    const s = await setUp();
    await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    const onJob = await call(app, 'POST', `${s.cvPath}/versions/1/comments`, {
      cookie: s.mentor.cookie,
      body: { section: 'experience', itemIndex: 0, body: 'Noem de afdeling en het aantal bedden.' },
    });
    expect(onJob.status).toBe(201);
    expect(onJob.body).toMatchObject({
      versionNumber: 1,
      section: 'experience',
      itemIndex: 0,
      doneAt: null,
      authorRole: 'mentor',
    });
    await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: 1, content: buildCvContent() },
    });
    await call(app, 'POST', `${s.cvPath}/versions/2/comments`, {
      cookie: s.coach,
      body: { section: 'profile', body: 'Korter.' },
    });

    const done = await call(app, 'POST', `/api/cv-comments/${onJob.body?.id}/done`, {
      cookie: s.mentee.cookie,
      body: { done: true },
    });
    expect(done.body?.doneAt).toBe(t().clock.now().toISOString());
    const list = await call(app, 'GET', `${s.cvPath}/comments`, { cookie: s.mentee.cookie });
    expect(
      list.body?.items.map((c: { versionNumber: number; section: string }) => [c.versionNumber, c.section]),
    ).toEqual(
      expect.arrayContaining([
        [1, 'experience'],
        [2, 'profile'],
      ]),
    );
    const undone = await call(app, 'POST', `/api/cv-comments/${onJob.body?.id}/done`, {
      cookie: s.mentee.cookie,
      body: { done: false },
    });
    expect(undone.body?.doneAt).toBeNull();
    // Only the mentee marks comments; the mentor may not.
    expect(
      (
        await call(app, 'POST', `/api/cv-comments/${onJob.body?.id}/done`, {
          cookie: s.mentor.cookie,
          body: { done: true },
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a comment on an item that does not exist, from the mentee, or on an unknown version', async () => {
    const { app } = t();
    const s = await setUp();
    await call(app, 'POST', `${s.cvPath}/versions`, {
      cookie: s.mentee.cookie,
      body: { basedOn: null, content: buildCvContent() },
    });
    const noItem = await call(app, 'POST', `${s.cvPath}/versions/1/comments`, {
      cookie: s.mentor.cookie,
      body: { section: 'education', itemIndex: 3, body: 'x' },
    });
    expect(noItem.status).toBe(400);
    expect(noItem.body?.error.details[0]).toMatchObject({ path: ['itemIndex'], code: 'cv.no_such_item' });
    const badSection = await call(app, 'POST', `${s.cvPath}/versions/1/comments`, {
      cookie: s.mentor.cookie,
      body: { section: 'photo', body: 'x' },
    });
    expect(badSection.body?.error.details[0].path).toEqual(['body', 'section']);
    expect(
      (
        await call(app, 'POST', `${s.cvPath}/versions/1/comments`, {
          cookie: s.mentee.cookie,
          body: { section: 'profile', body: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(app, 'POST', `${s.cvPath}/versions/9/comments`, {
          cookie: s.mentor.cookie,
          body: { section: 'profile', body: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(await countRows('cv_comments')).toBe(0);
  });
});

describe('whose CV a participant works on', () => {
  it('lists the mentee themself, and for a mentor only running partnerships', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const ended = await buildParticipant(deps, { kind: 'mentee', associationId: s.association.id });
    await linkPartnership(deps, {
      menteeId: ended.id,
      mentorId: s.mentor.id,
      associationId: s.association.id,
      status: 'completed',
    });
    const own = await call(app, 'GET', '/api/me/career-mentees', { cookie: s.mentee.cookie });
    expect(own.body?.items).toEqual([{ id: s.mentee.id, name: s.mentee.name, self: true }]);
    const mentor = await call(app, 'GET', '/api/me/career-mentees', { cookie: s.mentor.cookie });
    expect(mentor.body?.items).toEqual([{ id: s.mentee.id, name: s.mentee.name, self: false }]);
  });
});
