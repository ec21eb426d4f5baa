import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../src/db/queries/people.js';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPerson } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function coachWithPeople() {
  const { deps } = t();
  const own = await buildAssociation(deps, { region: 'VLG' });
  const other = await buildAssociation(deps, { region: 'VLG' });
  const coach = await buildUser(deps, { role: 'coach', associationId: own.id, withTotp: true });
  const cookie = await sessionCookieFor(deps, coach);
  const person = (firstName: string, lastName: string, associationId: string | null) =>
    buildPerson(deps, { kind: 'mentee', associationId, firstName, lastName });
  return { deps, own, other, cookie, person };
}

function names(body: { items?: Array<{ name: string }> } | null): string[] {
  return (body?.items ?? []).map((i) => i.name);
}

describe('searching people by name', () => {
  it('finds names spelled another way, with typos and without accents, best first', async () => {
    const { app } = t();
    const { own, cookie, person } = await coachWithPeople();
    await person('Fatima', 'Haddad', own.id);
    await person('Ayşe', 'Öztürk', own.id);
    await person('Hanna', 'Peeters', own.id);
    await person('Youssef', 'El Amrani', own.id);

    const hadad = await call(app, 'GET', '/api/people/search?q=Hadad', { cookie });
    expect(hadad.status).toBe(200);
    expect(names(hadad.body)).toEqual(['Fatima Haddad']);
    expect(names((await call(app, 'GET', '/api/people/search?q=ozturk', { cookie })).body)).toEqual([
      'Ayşe Öztürk',
    ]);
    expect(names((await call(app, 'GET', '/api/people/search?q=Yusef%20Amrani', { cookie })).body)).toEqual([
      'Youssef El Amrani',
    ]);
    const byFirstName = await call(app, 'GET', '/api/people/search?q=fatma', { cookie });
    expect(names(byFirstName.body)).toEqual(['Fatima Haddad']);
  });

  it("keeps to the caller's caseload: own association and the region's unclaimed inbox", async () => {
    const { app, deps } = t();
    const { own, other, cookie, person } = await coachWithPeople();
    await person('Karim', 'Haddad', own.id);
    await person('Samira', 'Haddad', other.id);
    await person('Nadia', 'Haddad', null);
    const elsewhere = await buildAssociation(deps, { region: 'BRU' });
    await person('Omar', 'Haddad', elsewhere.id);

    const response = await call(app, 'GET', '/api/people/search?q=haddad', { cookie });
    expect(names(response.body).sort()).toEqual(['Karim Haddad', 'Nadia Haddad']);
    expect(response.body?.total).toBe(2);

    const admin = await buildUser(deps, { role: 'admin', withTotp: true });
    const all = await call(app, 'GET', '/api/people/search?q=haddad', {
      cookie: await sessionCookieFor(deps, admin),
    });
    expect(all.body?.total).toBe(4);
  });

  it('follows a change of name and pages the results', async () => {
    const { app, deps } = t();
    const { own, cookie, person } = await coachWithPeople();
    const renamed = await person('Lina', 'Janssens', own.id);
    for (let i = 0; i < 3; i += 1) await person(`Person${i}`, 'Diallo', own.id);
    await updatePerson(deps.db.kysely, renamed.id, { last_name: 'Diallo', search_name: 'lina diallo' });

    expect(names((await call(app, 'GET', '/api/people/search?q=janssens', { cookie })).body)).toEqual([]);
    const first = await call(app, 'GET', '/api/people/search?q=dialo&page=1&pageSize=3', { cookie });
    const second = await call(app, 'GET', '/api/people/search?q=dialo&page=2&pageSize=3', { cookie });
    expect(first.body?.total).toBe(4);
    expect(first.body?.items).toHaveLength(3);
    expect(second.body?.items).toHaveLength(1);
    expect(new Set([...names(first.body), ...names(second.body)]).size).toBe(4);
  });

  it('audits the search without the text typed, and names the field and its limits on bad input', async () => {
    const { app, deps } = t();
    const { cookie } = await coachWithPeople();
    await call(app, 'GET', '/api/people/search?q=Haddad', { cookie });
    const events = await deps.db.kysely
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'people.searched')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toContain('Haddad');

    for (const q of ['a', 'x'.repeat(101)]) {
      const bad = await call(app, 'GET', `/api/people/search?q=${q}`, { cookie });
      expect(bad.status).toBe(400);
      expect(bad.body?.error.details[0].path).toEqual(['querystring', 'q']);
      expect(bad.body?.error.details[0].message).toMatch(/2 letters|100 characters/);
    }
    const mentor = await buildUser(deps, { role: 'mentor' });
    const refused = await call(app, 'GET', '/api/people/search?q=Haddad', {
      cookie: await sessionCookieFor(deps, mentor),
    });
    expect(refused.status).toBe(403);
  });
});
