import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../src/db/queries/people.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildParticipant } from '../factories/career.js';
import { linkPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

const tip = (section: string, word: string) => ({
  section,
  text: { nl: `Tip ${word}`, fr: `Conseil ${word}`, en: `Tip ${word}` },
});

describe('sector tips', () => {
  it('lets coaches and admins keep tips per NACE section and shows the mentee’s section beside the CV', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const coach = await sessionCookieFor(
      deps,
      await buildUser(deps, { role: 'coach', associationId: association.id }),
    );
    const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
    const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: association.id });
    const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
    await linkPartnership(deps, { menteeId: mentee.id, mentorId: mentor.id, associationId: association.id });
    await updatePerson(deps.db.kysely, mentee.id, { sector_section: 'Q' });

    const q = await call(app, 'POST', '/api/sector-tips', { cookie: coach, body: tip('Q', 'zorg') });
    expect(q.status).toBe(201);
    await call(app, 'POST', '/api/sector-tips', { cookie: admin, body: tip('F', 'bouw') });
    const forMentee = await call(app, 'GET', `/api/mentees/${mentee.id}/sector-tips`, {
      cookie: mentor.cookie,
    });
    expect(forMentee.body).toMatchObject({ section: 'Q', total: 1, items: [{ text: { nl: 'Tip zorg' } }] });
    const edited = await call(app, 'PUT', `/api/sector-tips/${q.body?.id}`, {
      cookie: coach,
      body: tip('Q', 'VDAB-vacatures'),
    });
    expect(edited.body?.text.fr).toBe('Conseil VDAB-vacatures');
    const page = await call(app, 'GET', '/api/sector-tips?pageSize=1&page=2', { cookie: mentee.cookie });
    expect(page.body).toMatchObject({ total: 2, page: 2, items: [{ section: 'Q' }] });
    expect(
      (await call(app, 'DELETE', `/api/sector-tips/${q.body?.id}`, { cookie: coach, body: {} })).status,
    ).toBe(200);
    expect(
      (await call(app, 'DELETE', `/api/sector-tips/${q.body?.id}`, { cookie: coach, body: {} })).status,
    ).toBe(404);
    const audits = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'sector_tip.%')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'sector_tip.created',
      'sector_tip.created',
      'sector_tip.updated',
      'sector_tip.deleted',
    ]);
    // Participants read, never write; bad sections and missing languages are named.
    expect(
      (await call(app, 'POST', '/api/sector-tips', { cookie: mentee.cookie, body: tip('Q', 'x') })).status,
    ).toBe(403);
    const bad = await call(app, 'POST', '/api/sector-tips', {
      cookie: coach,
      body: { section: 'Z', text: { nl: 'x', fr: 'x' } },
    });
    expect(bad.body?.error.details.map((d: { path: string[] }) => d.path.join('.'))).toEqual(
      expect.arrayContaining(['body.section', 'body.text.en']),
    );
  });
});
