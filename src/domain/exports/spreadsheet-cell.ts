/**
 * How a text value travels safely into a CSV file that people open in Excel or LibreOffice Calc.
 *
 * A cell that begins with = + - @ (or a tab or carriage return, which some readers strip first) is
 * read as a formula: `=HYPERLINK(...)` runs, and a phone number `+32 470 12 34 56` becomes `#NAME?`.
 * Such a cell gets one leading tab. Both programs then keep it as text and show the tab as blank
 * space; a leading apostrophe (the usual advice) stays visible in LibreOffice and in Excel's CSV
 * import. Every other cell is written as it is. See docs/intake.md, "Exporting the caseload".
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `\t${value}` : value;
}

/**
 * The field separator: a semicolon, the list separator of Windows in Belgium (nl-BE and fr-BE), so
 * Excel opens the file in columns on a double click; LibreOffice asks and detects it.
 */
export const csvSeparator = ';';

/** One CSV record: every field quoted (quotes doubled), formulas neutralised. */
export function csvRecord(values: readonly string[]): string {
  return values.map((value) => `"${neutraliseFormula(value).replace(/"/g, '""')}"`).join(csvSeparator);
}

/** A whole CSV file: UTF-8 byte-order mark (so Excel reads accents), CRLF record ends as RFC 4180 says. */
export function csvFile(header: readonly string[], records: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...records].map(csvRecord).join('\r\n')}\r\n`;
}
