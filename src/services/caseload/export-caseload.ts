import ExcelJS from 'exceljs';
import { type Locale, locales } from '../../contracts/common.js';
import { languageNamer } from '../../contracts/language-names.js';
import { listCaseloadForExport, personLanguages } from '../../db/queries/people.js';
import { listSectorLabels } from '../../db/queries/reference.js';
import { findUserById } from '../../db/queries/users.js';
import { csvFile } from '../../domain/exports/spreadsheet-cell.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { waitingDays } from '../people/present-person.js';
import { type CaseloadColumn, caseloadExportWords, wordFor } from './caseload-export-words.js';
import { type CaseloadQuery, caseloadFilterOf, caseloadScopeOf } from './list-caseload.js';

export const maxExportRows = 50_000;

/** The columns in order; the XLSX cell type of each (text unless said otherwise). */
const columns: ReadonlyArray<{ key: CaseloadColumn; type?: 'date' | 'number'; width: number }> = [
  { key: 'firstName', width: 16 },
  { key: 'lastName', width: 18 },
  { key: 'kind', width: 12 },
  { key: 'status', width: 20 },
  { key: 'association', width: 24 },
  { key: 'region', width: 26 },
  { key: 'sector', width: 36 },
  { key: 'sectorCode', width: 10 },
  { key: 'languages', width: 30 },
  { key: 'email', width: 30 },
  { key: 'phone', width: 18 },
  { key: 'postcode', width: 10 },
  { key: 'applied', type: 'date', width: 12 },
  { key: 'waitingDays', type: 'number', width: 10 },
];

type Cell = string | number | Date;

/** The account's UI language unless the request names one (`lang`); Dutch when neither is known. */
async function exportLocale(deps: Deps, actor: Actor, lang: Locale | undefined): Promise<Locale> {
  if (lang) return lang;
  const user = await findUserById(deps.db.kysely, actor.id);
  return locales.find((locale) => locale === user?.locale) ?? 'nl';
}

/**
 * The caseload (with the list's filters) as XLSX or CSV, with headers and values in the reader's
 * language: statuses, kinds, regions, sectors and languages as words, the NACE code in a column of
 * its own. XLSX cells are typed (dates, numbers, text); exporting personal data is audited.
 */
export async function exportCaseload(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: Omit<CaseloadQuery, 'sort' | 'page' | 'pageSize'>,
  format: 'csv' | 'xlsx',
  lang?: Locale,
) {
  const now = deps.now();
  const locale = await exportLocale(deps, actor, lang);
  const words = caseloadExportWords(locale);
  const languageName = languageNamer(locale);
  const rows = await listCaseloadForExport(
    deps.db.kysely,
    await caseloadScopeOf(deps, actor),
    caseloadFilterOf(query, now),
    maxExportRows,
  );
  const [languages, sectors] = await Promise.all([
    personLanguages(
      deps.db.kysely,
      rows.map((r) => r.id),
    ),
    listSectorLabels(deps.db.kysely, locale),
  ]);
  const sectorName = new Map(sectors.map((s) => [s.code, s.label]));
  const records = rows.map(
    (r): Record<CaseloadColumn, Cell> => ({
      firstName: r.first_name,
      lastName: r.last_name,
      kind: wordFor(words.kinds, r.kind),
      status: wordFor(words.statuses, r.status),
      association: r.association_name ?? words.inbox,
      region: wordFor(words.regions, r.region_code),
      sector: r.sector_code ? (sectorName.get(r.sector_code) ?? r.sector_code) : '',
      sectorCode: r.sector_code ?? '',
      languages: (languages.get(r.id) ?? []).map(languageName).join(', '),
      email: r.email,
      phone: r.phone ?? '',
      postcode: r.postcode ?? '',
      applied: new Date(`${r.applied_at.slice(0, 10)}T00:00:00Z`),
      waitingDays: waitingDays(r.applied_at, now),
    }),
  );
  await recordAuditEvent(deps.db.kysely, ctx, now, {
    action: 'caseload.exported',
    details: { format, locale, rows: records.length, filter: query },
  });
  const stamp = now.toISOString().slice(0, 10);
  const header = columns.map((c) => words.headers[c.key]);
  if (format === 'csv') {
    const text = (cell: Cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
    const body = csvFile(
      header,
      records.map((record) => columns.map((c) => text(record[c.key]))),
    );
    return {
      fileName: `caseload-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(body, 'utf8'),
    };
  }
  return {
    fileName: `caseload-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await caseloadWorkbook(words.sheet, header, records),
  };
}

/**
 * One sheet with typed cells: a string is a text cell (never a formula, so no prefix is needed and
 * "+32 470 ..." shows as written), dates are dates, waiting days a number; the header row stays in view.
 */
async function caseloadWorkbook(
  sheetName: string,
  header: string[],
  records: ReadonlyArray<Record<CaseloadColumn, Cell>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: { numFmt: c.type === 'date' ? 'yyyy-mm-dd' : c.type === 'number' ? '0' : '@' },
  }));
  sheet.addRow(header).font = { bold: true };
  for (const record of records) sheet.addRow(columns.map((c) => record[c.key]));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
