import { expect, test } from '@playwright/test';
import { checkPage, cli, seedAdmin, totpCode } from './support.js';

// A coach types a name as she heard it on the phone: the staff header's search finds the person
// whatever the spelling (Hadad for Haddad, aicha for Aïcha), on a phone and in French too.
test('the staff header finds a person by a name spelled as heard, on a phone and in French', async ({
  page,
}) => {
  cli('demo');
  const admin = await seedAdmin({
    name: 'Ruth Zoeken',
    email: `search.${Date.now()}@minderhedenforum.example`,
  });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill(admin.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/two-factor');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(admin.totpSecret));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

  const search = page.getByRole('search');
  await search.getByLabel('Zoek een persoon op naam').fill('Hadad');
  await search.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL('**/search?q=Hadad');
  const results = page.getByTestId('people-search-results');
  await expect(results.getByRole('link', { name: 'Layla Haddad' }).first()).toBeVisible();
  await checkPage(page, '70-people-search');

  await results.getByRole('link', { name: 'Layla Haddad' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Layla Haddad' })).toBeVisible();

  await page.getByTestId('language-switch').selectOption('fr');
  await page.getByRole('search').getByLabel('Chercher une personne par son nom').fill('aicha dialo');
  await page.getByRole('search').getByRole('button', { name: 'Chercher' }).click();
  await expect(
    page.getByTestId('people-search-results').getByRole('link', { name: 'Aïcha Diallo' }).first(),
  ).toBeVisible();
  await checkPage(page, '71-people-search-fr');

  await page.getByRole('search').getByLabel('Chercher une personne par son nom').fill('Zzyzx');
  await page.getByRole('search').getByRole('button', { name: 'Chercher' }).click();
  await expect(page.getByTestId('people-search-none')).toContainText('Zzyzx');
});
