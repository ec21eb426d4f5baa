import { describe, expect, it } from 'vitest';
import { csvFile, csvRecord, neutraliseFormula } from './spreadsheet-cell.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\t=HYPERLINK("http://evil")'],
    ['+32 470 12 34 56', '\t+32 470 12 34 56'],
    ['-2+3', '\t-2+3'],
    ['@SUM(A1)', '\t@SUM(A1)'],
    ['\t=1+1', '\t\t=1+1'],
    ['\r=1+1', '\t\r=1+1'],
  ])('keeps %j as text with a leading tab', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
  });

  it.each(['Amina', '0470 12 34 56', "O'Neill", 'Jean-Luc', 'a=b', ''])(
    'writes %j unchanged, without a visible apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );
});

describe('csvRecord and csvFile', () => {
  it('quotes every field, doubles quotes and neutralises formulas', () => {
    expect(csvRecord(['=HYPERLINK("x")', 'Peeters', '+32 470'])).toBe(
      '"\t=HYPERLINK(""x"")";"Peeters";"\t+32 470"',
    );
  });

  it('keeps a line break inside a quoted field and ends records with CRLF after a byte-order mark', () => {
    expect(csvFile(['Naam', 'Notitie'], [['Ann', 'regel 1\nregel 2']])).toBe(
      '\uFEFF"Naam";"Notitie"\r\n"Ann";"regel 1\nregel 2"\r\n',
    );
  });
});
