import ExcelJS from 'exceljs';
import { listCaseloadForExport, personLanguages } from '../../db/queries/people.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { waitingDays } from '../people/present-person.js';
import { type CaseloadQuery, caseloadFilterOf, caseloadScopeOf } from './list-caseload.js';

export const maxExportRows = 50_000;

const columns = [
  'First name',
  'Last name',
  'Kind',
  'Status',
  'Association',
  'Region',
  'Sector',
  'Languages',
  'Email',
  'Phone',
  'Postcode',
  'Applied on',
  'Waiting days',
] as const;

/** A cell that a spreadsheet would run as a formula (=, +, -, @) is written as text. */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvLine(values: readonly string[]): string {
  return values.map((v) => `"${safeCell(v).replace(/"/g, '""')}"`).join(',');
}

/** The caseload (with the list's filters) as XLSX or CSV; exporting personal data is audited. */
export async function exportCaseload(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  query: Omit<CaseloadQuery, 'sort' | 'page' | 'pageSize'>,
  format: 'csv' | 'xlsx',
) {
  const now = deps.now();
  const rows = await listCaseloadForExport(
    deps.db.kysely,
    await caseloadScopeOf(deps, actor),
    caseloadFilterOf(query, now),
    maxExportRows,
  );
  const languages = await personLanguages(
    deps.db.kysely,
    rows.map((r) => r.id),
  );
  const records = rows.map((r) => [
    r.first_name,
    r.last_name,
    r.kind,
    r.status,
    r.association_name ?? '',
    r.region_code ?? '',
    r.sector_code ?? '',
    (languages.get(r.id) ?? []).join(' '),
    r.email,
    r.phone ?? '',
    r.postcode ?? '',
    r.applied_at.slice(0, 10),
    String(waitingDays(r.applied_at, now)),
  ]);
  await recordAuditEvent(deps.db.kysely, ctx, now, {
    action: 'caseload.exported',
    details: { format, rows: records.length, filter: query },
  });
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'csv') {
    const body = `\uFEFF${[csvLine(columns), ...records.map(csvLine)].join('\r\n')}\r\n`;
    return {
      fileName: `caseload-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(body, 'utf8'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Caseload');
  sheet.addRow([...columns]).font = { bold: true };
  for (const record of records) sheet.addRow(record.map(safeCell));
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `caseload-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: buffer,
  };
}
