import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export const maxImportRows = 5_000;

export type SheetResult =
  | { ok: true; columns: string[]; rows: Array<Record<string, string>> }
  | {
      ok: false;
      code: 'import.not_a_spreadsheet' | 'import.too_many_rows' | 'import.empty';
      message: string;
    };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value).trim();
}

async function readXlsx(buffer: Buffer): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      code: 'import.not_a_spreadsheet',
      message: 'The file is not a readable XLSX workbook.',
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount < 2)
    return { ok: false, code: 'import.empty', message: 'The first sheet has no rows under its header.' };
  if (sheet.rowCount - 1 > maxImportRows)
    return {
      ok: false,
      code: 'import.too_many_rows',
      message: `At most ${maxImportRows} rows can be imported at once; this sheet has ${sheet.rowCount - 1}.`,
    };
  const header = sheet.getRow(1);
  const columns: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => {
    columns[col - 1] = cellText(cell.value) || `Column ${col}`;
  });
  const rows: Array<Record<string, string>> = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: Record<string, string> = {};
    let any = false;
    columns.forEach((name, i) => {
      const text = cellText(row.getCell(i + 1).value);
      record[name] = text;
      if (text) any = true;
    });
    if (any) rows.push(record);
  }
  if (rows.length === 0)
    return { ok: false, code: 'import.empty', message: 'The first sheet has no rows under its header.' };
  return { ok: true, columns, rows };
}

function readCsv(buffer: Buffer): SheetResult {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000') || text.includes('\uFFFD'))
    return {
      ok: false,
      code: 'import.not_a_spreadsheet',
      message: 'The file is neither XLSX nor UTF-8 CSV.',
    };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch {
    return { ok: false, code: 'import.not_a_spreadsheet', message: 'The CSV file could not be read.' };
  }
  const [header, ...body] = records;
  if (!header || header.length < 2)
    return {
      ok: false,
      code: 'import.not_a_spreadsheet',
      message: 'The file has no header row with several columns.',
    };
  if (body.length === 0)
    return { ok: false, code: 'import.empty', message: 'The file has no rows under its header.' };
  if (body.length > maxImportRows)
    return {
      ok: false,
      code: 'import.too_many_rows',
      message: `At most ${maxImportRows} rows can be imported at once; this file has ${body.length}.`,
    };
  const columns = header.map((h, i) => h || `Column ${i + 1}`);
  return {
    ok: true,
    columns,
    rows: body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))),
  };
}

/** Reads the first sheet of an XLSX file, or a UTF-8 CSV file (comma or semicolon), header in row 1. */
export async function readSpreadsheet(fileName: string, buffer: Buffer): Promise<SheetResult> {
  const isZip =
    buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
  if (isZip) return readXlsx(buffer);
  if (/\.xlsx?$/i.test(fileName))
    return {
      ok: false,
      code: 'import.not_a_spreadsheet',
      message: 'The file is called .xlsx but is not an XLSX workbook.',
    };
  return readCsv(buffer);
}
