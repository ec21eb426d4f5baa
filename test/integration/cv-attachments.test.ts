import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildCvContent, buildParticipant } from '../factories/career.js';
import { buildDocx, buildPdf, buildZip, docxType } from '../factories/documents.js';
import { linkPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function setUp() {
  const { app, deps } = t();
  const association = await buildAssociation(deps);
  const mentee = await buildParticipant(deps, { kind: 'mentee', associationId: association.id });
  const mentor = await buildParticipant(deps, { kind: 'mentor', associationId: association.id });
  await linkPartnership(deps, { menteeId: mentee.id, mentorId: mentor.id, associationId: association.id });
  const coach = await sessionCookieFor(
    deps,
    await buildUser(deps, { role: 'coach', associationId: association.id }),
  );
  await call(app, 'POST', `/api/mentees/${mentee.id}/cv/versions`, {
    cookie: mentee.cookie,
    body: { basedOn: null, content: buildCvContent() },
  });
  return {
    association,
    mentee,
    mentor,
    coach,
    uploadPath: `/api/mentees/${mentee.id}/cv/versions/1/attachments`,
  };
}

async function storedCount() {
  const row = await t()
    .deps.db.kysely.selectFrom('cv_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('CV documents', () => {
  it('stores a PDF and a DOCX and gives the same bytes back to the mentee, the mentor and the coach', async () => {
    const { app } = t();
    const s = await setUp();
    const pdf = buildPdf();
    const uploaded = await call(app, 'POST', s.uploadPath, {
      cookie: s.mentee.cookie,
      body: { fileName: 'cv ليلى.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      versionNumber: 1,
      size: pdf.length,
      contentType: 'application/pdf',
    });
    const docx = await call(app, 'POST', s.uploadPath, {
      cookie: s.coach,
      body: { fileName: 'cv.docx', contentType: docxType, data: buildDocx().toString('base64') },
    });
    expect(docx.status).toBe(201);
    for (const cookie of [s.mentee.cookie, s.mentor.cookie, s.coach]) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/cv-attachments/${uploaded.body?.id}`,
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="cv ____.pdf"; filename*=UTF-8''${encodeURIComponent('cv ليلى.pdf')}`,
      );
      expect(Buffer.compare(response.rawPayload, pdf)).toBe(0);
    }
    const list = await call(app, 'GET', `/api/mentees/${s.mentee.id}/cv/attachments`, {
      cookie: s.mentor.cookie,
    });
    expect(list.body?.total).toBe(2);
    const reads = await t()
      .deps.db.kysely.selectFrom('audit_events')
      .select('actor_role')
      .where('action', '=', 'cv.document_read')
      .execute();
    expect(reads.map((r) => r.actor_role).sort()).toEqual(['coach', 'mentor']);
  });

  it.each([
    ['a PNG called a PDF', 'application/pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['a PDF called a DOCX', docxType, buildPdf()],
    ['a DOCX called a PDF', 'application/pdf', buildDocx()],
    ['a ZIP without word/document.xml called a DOCX', docxType, buildZip({ 'xl/workbook.xml': '<x/>' })],
    [
      'an executable called a DOCX',
      docxType,
      Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode', 'latin1'),
    ],
  ])('refuses %s with 400 cv.upload_type_mismatch and stores nothing', async (_name, contentType, bytes) => {
    const { app } = t();
    const s = await setUp();
    const response = await call(app, 'POST', s.uploadPath, {
      cookie: s.mentee.cookie,
      body: { fileName: 'cv.pdf', contentType, data: bytes.toString('base64') },
    });
    expect(response.status).toBe(400);
    expect(response.body?.error).toMatchObject({
      code: 'cv.upload_type_mismatch',
      details: [expect.objectContaining({ path: ['data'], code: 'cv.upload_type_mismatch' })],
    });
    expect(await storedCount()).toBe(0);
  });

  it('refuses other types, files over 5 MB, and uploads by a mentor or a stranger', async () => {
    const { app, deps } = t();
    const s = await setUp();
    const png = await call(app, 'POST', s.uploadPath, {
      cookie: s.mentee.cookie,
      body: { fileName: 'cv.png', contentType: 'image/png', data: 'iVBORw0KGgo=' },
    });
    expect(png.body?.error.details[0].path).toEqual(['body', 'contentType']);
    const big = Buffer.concat([buildPdf(), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await call(app, 'POST', s.uploadPath, {
      cookie: s.mentee.cookie,
      body: { fileName: 'cv.pdf', contentType: 'application/pdf', data: big.toString('base64') },
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body?.error.details[0].path.at(-1)).toBe('data');
    const body = { fileName: 'cv.pdf', contentType: 'application/pdf', data: buildPdf().toString('base64') };
    expect((await call(app, 'POST', s.uploadPath, { cookie: s.mentor.cookie, body })).status).toBe(403);
    const stranger = await buildParticipant(deps, { kind: 'mentee', associationId: s.association.id });
    expect((await call(app, 'POST', s.uploadPath, { cookie: stranger.cookie, body })).status).toBe(404);
    expect(await storedCount()).toBe(0);
    const stored = await call(app, 'POST', s.uploadPath, { cookie: s.mentee.cookie, body });
    const other = await buildParticipant(deps, { kind: 'mentor', associationId: s.association.id });
    expect(
      (await call(app, 'GET', `/api/cv-attachments/${stored.body?.id}`, { cookie: other.cookie })).status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', `/api/cv-attachments/${stored.body?.id}`, { cookie: stranger.cookie })).status,
    ).toBe(404);
  });
});
