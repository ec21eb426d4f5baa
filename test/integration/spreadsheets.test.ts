import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildMentorApplication } from '../factories/applications.js';
import { csvBase64, mentorHeader, mentorRows, xlsxBase64 } from '../factories/spreadsheets.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function coach(deps: ReturnType<typeof t>['deps']) {
  const association = await buildAssociation(deps);
  const user = await buildUser(deps, { role: 'coach', associationId: association.id });
  return { association, cookie: await sessionCookieFor(deps, user) };
}

describe('importing a spreadsheet', () => {
  it('previews an XLSX list of 500 mentors with a suggested mapping, then imports every row', async () => {
    const { app, deps } = t();
    const { association, cookie } = await coach(deps);
    const body = {
      kind: 'mentor',
      fileName: 'mentoren.xlsx',
      contentBase64: await xlsxBase64(mentorHeader, mentorRows(500)),
    };
    const preview = await call(app, 'POST', '/api/people/import/validate', { cookie, body });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ totalRows: 500, valid: true, errors: [] });
    expect(preview.body?.mapping).toMatchObject({
      firstName: 'Voornaam',
      lastName: 'Achternaam',
      email: 'E-mail',
      phone: 'GSM',
      sectorCode: 'Sector',
      languages: 'Talen',
      capacity: 'Capaciteit',
    });
    expect(await deps.db.kysely.selectFrom('people').select('id').execute()).toEqual([]);
    const committed = await call(app, 'POST', '/api/people/import/commit', {
      cookie,
      body: { ...body, mapping: preview.body?.mapping },
    });
    expect(committed.body).toEqual({ imported: 500 });
    const people = await deps.db.kysely
      .selectFrom('people')
      .select(['association_id', 'status'])
      .distinct()
      .execute();
    expect(people).toEqual([{ association_id: association.id, status: 'applied' }]);
    expect((await call(app, 'GET', '/api/caseload?language=fr', { cookie })).body?.total).toBe(500);
  });

  it('imports nothing when one row is wrong, and names the row and the column', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    const rows = mentorRows(20);
    rows[11]![2] = 'geen-email';
    rows[14]![4] = '0000';
    const body = { kind: 'mentor', fileName: 'mentoren.csv', contentBase64: csvBase64(mentorHeader, rows) };
    const preview = await call(app, 'POST', '/api/people/import/validate', { cookie, body });
    expect(preview.body?.valid).toBe(false);
    expect(preview.body?.errors).toEqual([
      {
        row: 13,
        column: 'E-mail',
        code: 'import.invalid_email',
        message: expect.stringContaining('geen-email'),
      },
      { row: 16, column: 'Postcode', code: 'application.unknown_postcode', message: expect.any(String) },
    ]);
    const commit = await call(app, 'POST', '/api/people/import/commit', { cookie, body });
    expect(commit.status).toBe(400);
    expect(commit.body?.error.code).toBe('import.invalid');
    expect(await deps.db.kysely.selectFrom('people').select('id').execute()).toEqual([]);
  });

  it('finds duplicates in the file and against people already known', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    await call(app, 'POST', '/api/applications/mentor', {
      body: buildMentorApplication({ email: 'mentor3@bedrijf.example' }),
    });
    const rows = mentorRows(5);
    rows[4]![2] = rows[0]![2]!;
    const preview = await call(app, 'POST', '/api/people/import/validate', {
      cookie,
      body: { kind: 'mentor', fileName: 'x.csv', contentBase64: csvBase64(mentorHeader, rows) },
    });
    expect(preview.body?.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`)).toEqual([
      '5:import.duplicate',
      '6:import.duplicate',
    ]);
  });

  it('refuses a file that is not a spreadsheet, an empty one and one with too many rows', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const notSheet = await call(app, 'POST', '/api/people/import/validate', {
      cookie,
      body: { kind: 'mentor', fileName: 'foto.xlsx', contentBase64: png },
    });
    expect(notSheet.body?.error.code).toBe('import.not_a_spreadsheet');
    const empty = await call(app, 'POST', '/api/people/import/validate', {
      cookie,
      body: { kind: 'mentor', fileName: 'leeg.csv', contentBase64: csvBase64(mentorHeader, []) },
    });
    expect(empty.body?.error.code).toBe('import.empty');
    const many = mentorRows(1).flatMap(() => Array.from({ length: 100_000 }, () => mentorRows(1)[0]!));
    const tooMany = await call(app, 'POST', '/api/people/import/validate', {
      cookie,
      body: { kind: 'mentor', fileName: 'groot.csv', contentBase64: csvBase64(mentorHeader, many) },
    });
    expect(tooMany.body?.error.code).toBe('import.too_many_rows');
    expect(await deps.db.kysely.selectFrom('people').select('id').execute()).toEqual([]);
  });

  it('is not open to mentors and mentees', async () => {
    const { app, deps } = t();
    const cookie = await sessionCookieFor(deps, await buildUser(deps, { role: 'mentor' }));
    const response = await call(app, 'POST', '/api/people/import/validate', {
      cookie,
      body: { kind: 'mentor', fileName: 'x.csv', contentBase64: 'eA==' },
    });
    expect(response.status).toBe(403);
  });
});

describe('exporting the caseload', () => {
  it('exports CSV and XLSX with the filters, neutralises formulas and audits the export', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    await call(app, 'POST', '/api/applications/mentor', {
      body: buildMentorApplication({ firstName: '=HYPERLINK("http://evil")', lastName: 'Peeters' }),
    });
    await call(app, 'POST', '/api/applications/mentor', {
      body: buildMentorApplication({ firstName: 'Ann', languages: [{ code: 'de', level: 'B2' }] }),
    });
    const csv = await app.inject({
      method: 'GET',
      url: '/api/caseload/export?format=csv',
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="caseload-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/caseload/export?format=xlsx&language=de',
      headers: { cookie },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('Ann');
    const audit = await deps.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'caseload.exported')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
