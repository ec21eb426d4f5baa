import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAssociation, buildUser, sessionCookieFor } from '../factories/accounts.js';
import { buildMenteeApplication, buildMentorApplication } from '../factories/applications.js';
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
    expect(csv.body).toContain(`"\t=HYPERLINK(""http://evil"")"`);
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

/** The records of a CSV file of quoted fields (as the export writes them), without the byte-order mark. */
function csvRecords(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return body
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"')));
}

async function exported(app: ReturnType<typeof t>['app'], cookie: string, query: string) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/caseload/export?${query}`,
    headers: { cookie },
  });
  expect(response.statusCode).toBe(200);
  return response;
}

async function readWorkbook(payload: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

describe('the caseload export in the reader language', () => {
  const headers = {
    nl: [
      'Voornaam',
      'Achternaam',
      'Mentee of mentor',
      'Status',
      'Vereniging',
      'Gewest',
      'Sector',
      'NACE-code',
      'Talen',
      'E-mailadres',
      'Telefoonnummer',
      'Postcode',
      'Aangemeld op',
      'Dagen wachten',
    ],
    fr: [
      'Prénom',
      'Nom de famille',
      'Mentoré ou mentor',
      'Statut',
      'Association',
      'Région',
      'Secteur',
      'Code NACE',
      'Langues',
      'Adresse e-mail',
      'Numéro de téléphone',
      'Code postal',
      'Inscrit le',
      'Jours d’attente',
    ],
    en: [
      'First name',
      'Last name',
      'Mentee or mentor',
      'Status',
      'Association',
      'Region',
      'Sector',
      'NACE code',
      'Languages',
      'Email address',
      'Phone number',
      'Postcode',
      'Applied on',
      'Days waiting',
    ],
  } as const;
  const values = {
    nl: [
      'Mentee',
      'Aangemeld',
      'Regionale inbox',
      'Vlaams Gewest',
      'Menselijke gezondheidszorg',
      '86',
      'Arabisch, Kabylisch, Tarifit (Riffijns)',
    ],
    fr: [
      'Mentoré·e',
      'Inscrit',
      'Boîte régionale',
      'Région flamande',
      'Activités pour la santé humaine',
      '86',
      'arabe, kabyle, tarifit (rifain)',
    ],
    en: [
      'Mentee',
      'Applied',
      'Regional inbox',
      'Flemish Region',
      'Human health activities',
      '86',
      'Arabic, Kabyle, Tarifit (Riffian)',
    ],
  } as const;

  async function menteeInInbox(app: ReturnType<typeof t>['app']) {
    await call(app, 'POST', '/api/applications/mentee', {
      body: buildMenteeApplication({
        firstName: 'Amina',
        phone: '+32 470 12 34 56',
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'kab', level: 'B2' },
          { code: 'rif', level: 'native' },
        ],
      }),
    });
  }

  it.each(['nl', 'fr', 'en'] as const)(
    'writes CSV headers and values in %s when the request asks for it',
    async (lang) => {
      const { app, deps } = t();
      const { cookie } = await coach(deps);
      await menteeInInbox(app);
      const { body } = await exported(app, cookie, `format=csv&lang=${lang}`);
      // Semicolons: the list separator of Excel in Belgium, so a double click opens it in columns.
      expect(body.split('\r\n')[0]).toBe(`\uFEFF${headers[lang].map((h) => `"${h}"`).join(';')}`);
      const [header, row] = csvRecords(body);
      expect(header).toEqual(headers[lang]);
      expect(row?.slice(2, 9)).toEqual(values[lang]);
      // A phone number keeps its digits and its plus sign; the tab only keeps it from being a formula.
      expect(row?.[10]).toBe('\t+32 470 12 34 56');
      expect(row?.[12]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('uses the account UI language when the request names none', async () => {
    const { app, deps } = t();
    const association = await buildAssociation(deps);
    const user = await buildUser(deps, { role: 'coach', associationId: association.id, locale: 'fr' });
    const cookie = await sessionCookieFor(deps, user);
    await menteeInInbox(app);
    const [header, row] = csvRecords((await exported(app, cookie, 'format=csv')).body);
    expect(header).toEqual(headers.fr);
    expect(row?.slice(2, 9)).toEqual(values.fr);
    const workbook = await readWorkbook((await exported(app, cookie, 'format=xlsx')).rawPayload);
    expect(workbook.worksheets[0]?.name).toBe('Accompagnements');
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...headers.fr]);
  });

  it.each(['nl', 'fr', 'en'] as const)(
    'writes typed XLSX cells in %s: dates, numbers, text phones without an apostrophe',
    async (lang) => {
      const { app, deps } = t();
      const { cookie } = await coach(deps);
      await menteeInInbox(app);
      await call(app, 'POST', '/api/applications/mentor', {
        body: buildMentorApplication({ firstName: '=HYPERLINK("http://evil")', phone: '0470 99 88 77' }),
      });
      const workbook = await readWorkbook(
        (await exported(app, cookie, `format=xlsx&lang=${lang}`)).rawPayload,
      );
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...headers[lang]]);
      const rows = [2, 3].map((n) => sheet.getRow(n));
      const amina = rows.find((r) => r.getCell(1).value === 'Amina')!;
      expect(amina.getCell(3).value).toBe(values[lang][0]);
      expect(amina.getCell(7).value).toBe(values[lang][4]);
      expect(amina.getCell(9).value).toBe(values[lang][6]);
      const phone = amina.getCell(11);
      expect(phone.type).toBe(ExcelJS.ValueType.String);
      expect(phone.value).toBe('+32 470 12 34 56');
      expect(phone.numFmt).toBe('@');
      const applied = amina.getCell(13);
      expect(applied.type).toBe(ExcelJS.ValueType.Date);
      expect(applied.value).toBeInstanceOf(Date);
      expect((applied.value as Date).toISOString()).toBe(
        `${deps.now().toISOString().slice(0, 10)}T00:00:00.000Z`,
      );
      const waiting = amina.getCell(14);
      expect(waiting.type).toBe(ExcelJS.ValueType.Number);
      expect(waiting.value).toBe(0);
      // A would-be formula is a text cell, shown exactly as typed: no apostrophe, never run.
      const mentor = rows.find((r) => r !== amina)!;
      expect(mentor.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(mentor.getCell(1).value).toBe('=HYPERLINK("http://evil")');
      expect(mentor.getCell(11).value).toBe('0470 99 88 77');
    },
  );

  it('keeps every formula-like CSV cell as text and leaves ordinary cells alone', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    for (const [firstName, lastName] of [
      ['=1+1', '@SUM(A1)'],
      ['-2+3', "O'Neill"],
      ['Jean-Luc', 'Van den Broeck'],
    ])
      await call(app, 'POST', '/api/applications/mentor', {
        body: buildMentorApplication({ firstName, lastName }),
      });
    const records = csvRecords((await exported(app, cookie, 'format=csv&lang=en')).body).slice(1);
    const names = records.map((r) => [r[0], r[1]]).sort();
    expect(names).toEqual([
      ['\t-2+3', "O'Neill"],
      ['\t=1+1', '\t@SUM(A1)'],
      ['Jean-Luc', 'Van den Broeck'],
    ]);
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\r]/);
  });

  it('refuses a language the platform does not speak', async () => {
    const { app, deps } = t();
    const { cookie } = await coach(deps);
    const response = await app.inject({
      method: 'GET',
      url: '/api/caseload/export?format=csv&lang=de',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(400);
  });
});
