import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

/**
 * The readable export (issue 14, item 1): the same records as the JSON, as a PDF in the reader's
 * language with words instead of codes, nothing about the other side, audited.
 */
const t = withTestContext();

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-export-pdf-'));
  try {
    const file = path.join(dir, 'export.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('a person downloads a readable PDF of their data', () => {
  it('reads in her language, with labels, her own notes and nothing of the other side', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 40 });
    const url = `/api/partnerships/${pair.id}`;
    const when = new Date(deps.now().getTime() - 5 * 86_400_000).toISOString();
    await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentee,
      body: {
        startsAt: when,
        durationMinutes: 60,
        topics: ['cv'],
        sharedNotes: 'Samen het cv herschreven',
        privateNote: 'Mijn eigen gedachte',
      },
    });
    await call(app, 'POST', `${url}/meetings/recorded`, {
      cookie: pair.cookies.mentor,
      body: { startsAt: when, durationMinutes: 30, topics: ['cv'], privateNote: 'Geheim van de mentor' },
    });
    const mentee = await deps.db.kysely
      .selectFrom('people')
      .select(['first_name', 'last_name', 'user_id'])
      .where('id', '=', pair.mentee.id)
      .executeTakeFirstOrThrow();
    const mentor = await deps.db.kysely
      .selectFrom('people')
      .select(['first_name', 'last_name', 'email'])
      .where('id', '=', pair.mentor.id)
      .executeTakeFirstOrThrow();
    await deps.db.kysely
      .updateTable('users')
      .set({ locale: 'fr' })
      .where('id', '=', mentee.user_id!)
      .execute();

    const response = await app.inject({
      method: 'GET',
      url: '/api/me/data-export.pdf',
      headers: { cookie: pair.cookies.mentee },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="mentor2work-data-.*\.pdf"/,
    );
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Vos données chez Mentor2Work');
    expect(text).toContain(`${mentee.first_name} ${mentee.last_name}`);
    expect(text).toContain('En binôme');
    expect(text).toContain('Actif');
    expect(text).toContain('Samen het cv herschreven');
    expect(text).toContain('Mijn eigen gedachte');
    expect(text).not.toContain('Geheim van de mentor');
    expect(text).not.toContain(mentor.email);
    expect(text).not.toContain('in_partnership');

    const audited = await deps.db.kysely
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'person.data_exported')
      .execute();
    expect(audited.map((row) => JSON.parse(row.details ?? '{}').format)).toEqual(['pdf']);
  });

  it('lets an admin make it for a person, and nobody else', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'active', startedDaysAgo: 10 });
    const admin = await buildUser(deps, { role: 'admin' });
    const adminCookie = await sessionCookieFor(deps, admin);
    const byAdmin = await app.inject({
      method: 'GET',
      url: `/api/people/${pair.mentee.id}/data-export.pdf`,
      headers: { cookie: adminCookie },
    });
    expect(byAdmin.statusCode).toBe(200);
    expect(pdfText(byAdmin.rawPayload)).toContain('Je gegevens bij Mentor2Work');
    const byMentor = await app.inject({
      method: 'GET',
      url: `/api/people/${pair.mentee.id}/data-export.pdf`,
      headers: { cookie: pair.cookies.mentor },
    });
    expect(byMentor.statusCode).toBe(403);
  });
});
