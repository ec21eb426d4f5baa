import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, seedFunder, seedReportCohort, signIn } from './support.js';

/**
 * The funder's story: signs in, lands on the programme in figures, picks a period and a grouping,
 * sees small counts as "< 5" (and their complements hidden), reads how people are protected,
 * downloads the table as Excel, and reads it all again in French.
 */
test('a funder sees the programme in figures with small counts hidden and downloads them', async ({
  page,
}) => {
  await seedReportCohort({
    appliedAt: '2019-03-15T10:00:00.000Z',
    groups: [
      { region: 'BRU', applied: 9, started: 6 },
      { region: 'VLG', applied: 7, started: 5 },
      { region: 'WAL', applied: 2, started: 1 },
    ],
  });
  const funder = await seedFunder({ name: 'Fonds Mentorschap', email: 'fonds.rapport@example.be' });
  await signIn(page, funder.email, funder.password, funder.totpSecret);

  await expect(page.getByRole('heading', { level: 1, name: 'Programma in cijfers' })).toBeVisible();
  await page.getByLabel('Aangemeld vanaf').fill('2019-01-01');
  await page.getByLabel('Tot en met').fill('2019-12-31');
  await page.getByLabel('Indelen per').selectOption({ label: 'Gewest' });
  await page.getByRole('button', { name: 'Tonen' }).click();

  const table = page.getByTestId('programme-report');
  const wallonia = table.getByRole('row', { name: /Waals Gewest/ });
  await expect(wallonia.getByRole('cell').first()).toHaveText('< 5');
  const brussels = table.getByRole('row', { name: /Brussels Hoofdstedelijk Gewest/ });
  await expect(brussels.getByRole('cell').first()).toHaveText('9');
  // Flanders' 7 would give Wallonia's 2 away (18 - 9 - 7): it is hidden as its complement.
  await expect(
    table
      .getByRole('row', { name: /Vlaams Gewest/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('•');
  await expect(
    table
      .getByRole('row', { name: /Totaal/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('18');
  await expect(page.getByRole('img', { name: /Van aanmelding tot resultaat/ })).toBeVisible();
  await expect(page.getByText('Een aantal van 1 tot 4 staat als "< 5". Nul staat als 0.')).toBeVisible();
  await checkPage(page, 'funder-report-nl');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download als Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('programme-report-2019-01-01-2019-12-31-region.xlsx');
  const path = await file.path();
  expect(fs.readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByTestId('language-switch').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Le programme en chiffres' })).toBeVisible();
  await expect(
    page
      .getByTestId('programme-report')
      .getByRole('row', { name: /Région wallonne/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('< 5');
  await checkPage(page, 'funder-report-fr');
});
