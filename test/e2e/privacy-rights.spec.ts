import fs from 'node:fs';
import { devices, expect, test } from '@playwright/test';
import { checkPage, seedCoach, seedParticipant, signIn } from './support.js';

/**
 * A mentee who signed in on her phone and on a computer opens her account on the computer: she sees
 * both devices, downloads everything held about her, and signs the phone out; the phone is then
 * signed out at its next step. In Dutch, then the same list in French.
 */
test('a mentee downloads her data and ends a session on another device', async ({ browser, page }) => {
  const coach = await seedCoach({
    associationName: 'Vzw Rechten Antwerpen',
    region: 'VLG',
    coachName: 'Coach Rechten',
    email: 'coach.rechten@example.be',
  });
  const mentee = await seedParticipant({
    kind: 'mentee',
    associationId: coach.association.id,
    firstName: 'Salma',
    lastName: 'Rechten',
    email: 'salma.rechten@example.be',
  });

  // The phone: another browser with a phone's user agent.
  const phoneContext = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-BE' });
  const phone = await phoneContext.newPage();
  await signIn(phone, mentee.email, mentee.password);
  await expect(phone.getByRole('heading', { level: 1, name: 'Welkom, Salma Rechten' })).toBeVisible();

  await signIn(page, mentee.email, mentee.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Salma Rechten' })).toBeVisible();
  await page.goto('/account');
  const list = page.getByTestId('my-sessions');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const thisDevice = page.getByText('dit toestel', { exact: true });
  const current = list.getByRole('listitem').filter({ has: thisDevice });
  await expect(current).toContainText('Windows · computer');
  await expect(current.getByRole('button')).toHaveCount(0);
  const other = list.getByRole('listitem').filter({ hasNot: thisDevice });
  await expect(other).toContainText('Android');
  await expect(other).toContainText('smartphone');
  await expect(other).toContainText('netwerk 127.0.0.0/24');
  await checkPage(page, 'account-sessions');

  // Everything held about her, as one JSON file.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Mijn gegevens downloaden (JSON)' }).click();
  const download = await downloading;
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(JSON.stringify(exported)).toContain('salma.rechten@example.be');
  expect(JSON.stringify(exported)).not.toContain('coach.rechten@example.be');
  // And the same as a readable PDF.
  const downloadingPdf = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Mijn gegevens downloaden (PDF)' }).click();
  const pdf = await downloadingPdf;
  expect(pdf.suggestedFilename()).toMatch(/^mentor2work-data-.*\.pdf$/);
  expect(
    fs
      .readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  await other.getByRole('button', { name: 'Afmelden: Chrome, Android · smartphone' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('dit toestel');

  // The phone's next step finds its session gone.
  await phone.goto('/account');
  await phone.waitForURL('**/sign-in**');
  await expect(phone.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  await phoneContext.close();

  // In French the same list reads in French.
  // The language follows once the server took it: click, then wait for the radio to show it.
  const french = page.getByRole('radio', { name: 'Français' });
  await french.click();
  await expect(french).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Où vous êtes connecté·e' })).toBeVisible();
  await expect(list.getByRole('listitem')).toContainText('cet appareil');
  await checkPage(page, 'account-sessions-fr');
});
