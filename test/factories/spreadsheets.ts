import ExcelJS from 'exceljs';

/** A mentor list as an association keeps it, in Dutch column names. */
export function mentorRows(count: number, offset = 0): string[][] {
  const sectors = ['86', 'Q', '56', 'F', '62', '85'];
  const postcodes = ['9000', '2000', '1000', '3500', '8000', '1080'];
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    return [
      `Voornaam${n}`,
      `Achternaam${n}`,
      `mentor${n}@bedrijf.example`,
      `0470 ${String(n).padStart(6, '0')}`,
      postcodes[n % postcodes.length]!,
      sectors[n % sectors.length]!,
      'nl, fr',
      String(5 + (n % 20)),
      'Bedrijf NV',
      String(1 + (n % 3)),
    ];
  });
}

export const mentorHeader = [
  'Voornaam',
  'Achternaam',
  'E-mail',
  'GSM',
  'Postcode',
  'Sector',
  'Talen',
  'Jaren ervaring',
  'Werkgever',
  'Capaciteit',
];

export async function xlsxBase64(header: string[], rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mentoren');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export function csvBase64(header: string[], rows: string[][], delimiter = ';'): string {
  return Buffer.from([header, ...rows].map((r) => r.join(delimiter)).join('\n'), 'utf8').toString('base64');
}
