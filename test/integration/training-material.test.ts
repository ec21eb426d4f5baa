import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildModule, buildParticipant, buildRegistration, buildSession } from '../factories/training.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const canRenderPdf = fs.existsSync(chromium) || process.env.CI === 'true';
if (!canRenderPdf)
  console.warn(
    `\n[notice] ${chromium} not found: the PDF certificate tests are SKIPPED (apt-get install -y chromium; required with CI=true).\n`,
  );

const page = (n: number, body = `<p>Inhoud ${n}</p>`) => ({
  title: { nl: `Pagina ${n}`, fr: `Page ${n}`, en: `Page ${n}` },
  body: { nl: body, fr: `<p>Contenu ${n}</p>`, en: `<p>Content ${n}</p>` },
});

async function setUpSelfStudy(ctx: ReturnType<typeof t>) {
  const { app, deps } = ctx;
  const admin = await sessionCookieFor(deps, await buildUser(deps, { role: 'admin' }));
  const module = await buildModule(deps, {
    audience: 'mentee',
    format: 'self_study',
    title: { nl: 'Van talent naar cv', fr: 'Du talent au CV', en: 'From talents to a CV' },
  });
  const pages = [];
  for (const n of [1, 2]) {
    const created = await call(app, 'POST', `/api/training/modules/${module.id}/pages`, {
      cookie: admin,
      body: page(n),
    });
    expect(created.status).toBe(201);
    pages.push(created.body?.page.id as string);
  }
  return { admin, module, pages };
}

describe('self-study pages', () => {
  it('sanitises a page on write and says so; script, on* and javascript: never survive', async () => {
    const ctx = t();
    const { app } = ctx;
    const { admin, module, pages } = await setUpSelfStudy(ctx);
    const dirty = await call(app, 'PUT', `/api/training/pages/${pages[0]}`, {
      cookie: admin,
      body: page(
        1,
        '<h2>Je cv</h2><p onmouseover="steal()">Kort en <strong>concreet</strong>.</p><script>alert(1)</script><a href="javascript:alert(1)">klik</a><a href="https://www.vdab.be">VDAB</a>',
      ),
    });
    expect(dirty.status).toBe(200);
    expect(dirty.body).toMatchObject({ sanitised: true, sanitisedLanguages: ['nl'] });
    expect(dirty.body?.warning).toMatch(/removed/);
    const stored = dirty.body?.page.body.nl as string;
    expect(stored).not.toMatch(/script|onmouseover|javascript:/i);
    expect(stored).toContain('<a href="https://www.vdab.be" rel="noopener">VDAB</a>');
    const clean = await call(app, 'PUT', `/api/training/pages/${pages[0]}`, { cookie: admin, body: page(1) });
    expect(clean.body).toMatchObject({ sanitised: false, warning: null });
    const list = await call(app, 'GET', `/api/training/modules/${module.id}/pages`, { cookie: admin });
    expect(list.body?.items.map((p: { position: number }) => p.position)).toEqual([1, 2]);
  });

  it('names the field of bad input and writes nothing; only admins write', async () => {
    const ctx = t();
    const { app, deps } = ctx;
    const { admin, module } = await setUpSelfStudy(ctx);
    const bad = await call(app, 'POST', `/api/training/modules/${module.id}/pages`, {
      cookie: admin,
      body: { ...page(3), body: { nl: '<p>x</p>', fr: '', en: '<p>x</p>' }, extra: 1 },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body?.error.details.map((d: { path: string[] }) => d.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.body.fr']));
    const count = await deps.db.kysely.selectFrom('training_pages').select('id').execute();
    expect(count).toHaveLength(2);
    const coach = await sessionCookieFor(deps, await buildUser(deps, { role: 'coach' }));
    expect(
      (await call(app, 'POST', `/api/training/modules/${module.id}/pages`, { cookie: coach, body: page(3) }))
        .status,
    ).toBe(403);
  });

  it('completes the module when every page is read, and keeps another side out', async () => {
    const ctx = t();
    const { app, deps } = ctx;
    const { module, pages } = await setUpSelfStudy(ctx);
    const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: null });
    const first = await call(app, 'POST', `/api/training/pages/${pages[0]}/read`, {
      cookie: mentee.cookie,
      body: {},
    });
    expect(first.body).toEqual({ pagesRead: 1, pageCount: 2, complete: false });
    await call(app, 'POST', `/api/training/pages/${pages[0]}/read`, { cookie: mentee.cookie, body: {} });
    const second = await call(app, 'POST', `/api/training/pages/${pages[1]}/read`, {
      cookie: mentee.cookie,
      body: {},
    });
    expect(second.body).toEqual({ pagesRead: 2, pageCount: 2, complete: true });
    const reader = await call(app, 'GET', `/api/training/modules/${module.id}/pages`, {
      cookie: mentee.cookie,
    });
    expect(reader.body).toMatchObject({ pagesRead: 2, complete: true, total: 2 });
    expect(reader.body?.items[0].readAt).not.toBeNull();
    const path = await call(app, 'GET', '/api/me/training', { cookie: mentee.cookie });
    expect(path.body?.items.find((i: { module: { id: string } }) => i.module.id === module.id)).toMatchObject(
      {
        state: 'done',
        pagesRead: 2,
        pageCount: 2,
      },
    );
    const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: null });
    expect(
      (await call(app, 'POST', `/api/training/pages/${pages[0]}/read`, { cookie: mentor.cookie, body: {} }))
        .status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', `/api/training/modules/${module.id}/pages`, { cookie: mentor.cookie })).status,
    ).toBe(404);
  });
});

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-pdf-'));
  try {
    const file = path.join(dir, 'c.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('participation certificate', () => {
  it('answers 409 until the module is completed', async () => {
    const ctx = t();
    const { module } = await setUpSelfStudy(ctx);
    const mentee = await buildParticipant(ctx.deps, { kind: 'mentee', associationId: null });
    const response = await call(ctx.app, 'GET', `/api/training/modules/${module.id}/certificate`, {
      cookie: mentee.cookie,
    });
    expect(response.status).toBe(409);
    expect(response.body?.error.code).toBe('training.not_completed');
  });

  it.skipIf(!canRenderPdf)(
    "prints names in Arabic and Ge'ez and the module title in the person's language",
    async () => {
      const ctx = t();
      const { app, deps } = ctx;
      const { module, pages } = await setUpSelfStudy(ctx);
      const layla = await buildParticipant(deps, {
        kind: 'mentee',
        associationId: null,
        firstName: 'ليلى',
        lastName: 'حداد',
        locale: 'fr',
      });
      for (const id of pages)
        await call(app, 'POST', `/api/training/pages/${id}/read`, { cookie: layla.cookie, body: {} });
      const response = await app.inject({
        method: 'GET',
        url: `/api/training/modules/${module.id}/certificate`,
        headers: { cookie: layla.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(response.rawPayload);
      expect(text).toContain('ليلى حداد');
      expect(text).toContain('Du talent au CV');
      expect(text).toContain('Certificat de participation');

      // A mentor in Ge'ez who attended a session of a module given in person.
      const network = await buildModule(deps, {
        audience: 'mentor',
        title: { nl: 'Diversiteit en discriminatie', fr: 'Diversité', en: 'Diversity and discrimination' },
      });
      const session = await buildSession(deps, network.id);
      const selam = await buildParticipant(deps, {
        kind: 'mentor',
        associationId: null,
        firstName: 'ሰላም',
        lastName: 'ተስፋዬ',
        locale: 'en',
      });
      await buildRegistration(deps, session.id, selam.id, 'attended');
      const second = await app.inject({
        method: 'GET',
        url: `/api/training/modules/${network.id}/certificate`,
        headers: { cookie: selam.cookie },
      });
      expect(second.statusCode).toBe(200);
      const geez = pdfText(second.rawPayload);
      expect(geez).toContain('ሰላም ተስፋዬ');
      expect(geez).toContain('Diversity and discrimination');
    },
    60_000,
  );
});

describe('participation certificate without Chromium', () => {
  const noBrowser = withTestContext({ CHROMIUM_PATH: '/nowhere/chromium' });

  it('answers 503 documents.pdf_unavailable', async () => {
    const ctx = noBrowser();
    const { module, pages } = await setUpSelfStudy(ctx);
    const mentee = await buildParticipant(ctx.deps, { kind: 'mentee', associationId: null });
    for (const id of pages)
      await call(ctx.app, 'POST', `/api/training/pages/${id}/read`, { cookie: mentee.cookie, body: {} });
    const response = await call(ctx.app, 'GET', `/api/training/modules/${module.id}/certificate`, {
      cookie: mentee.cookie,
    });
    expect(response.status).toBe(503);
    expect(response.body?.error.code).toBe('documents.pdf_unavailable');
  });
});
