import ExcelJS from 'exceljs';
import type { Locale } from '../../contracts/common.js';
import type { ReportMeasure } from '../../contracts/report-vocabulary.js';
import { csvFile } from '../../domain/exports/spreadsheet-cell.js';
import type { HiddenCells, ProgrammeReport } from './programme-report.js';
import { reportWords } from './report-words.js';

/**
 * The report as a spreadsheet in the reader's language: one row per group and the total, a column
 * per measure; a hidden small count reads "< 5", a hidden complement "•"; the rule is in the last row.
 */
function grid(report: ProgrammeReport, locale: Locale) {
  const words = reportWords(locale);
  const header = [words.groupings[report.by], ...report.measures.map((m) => words.measures[m])];
  const cell = (value: number | null, why: HiddenCells[ReportMeasure]): number | string =>
    value ?? (why === 'small' ? words.small(report.threshold) : words.hidden);
  const line = (label: string, cells: Record<ReportMeasure, number | null>, hidden: HiddenCells) => [
    label,
    ...report.measures.map((m) => cell(cells[m], hidden[m])),
  ];
  const rows = [
    ...report.rows.map((row) => line(row.label, row.cells, row.hidden)),
    line(words.total, report.total.cells, report.total.hidden),
  ];
  return { header, rows, note: words.note(report) };
}

export function reportCsv(report: ProgrammeReport, locale: Locale): string {
  const { header, rows, note } = grid(report, locale);
  return csvFile(header, [...rows.map((r) => r.map(String)), [note]]);
}

export async function reportXlsx(report: ProgrammeReport, locale: Locale): Promise<Buffer> {
  const { header, rows, note } = grid(report, locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(reportWords(locale).sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((_, i) => ({ width: i === 0 ? 34 : 16 }));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
