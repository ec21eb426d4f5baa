import { expect, type Page, test } from '@playwright/test';
import { checkPage, seedAdmin, totpCode } from './support.js';

async function topRowsOf(page: Page): Promise<number> {
  const tops = await page
    .locator('.main-nav__groups > .main-nav__list > li')
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  return new Set(tops).size;
}

// Issue 11.7: the staff navigation in groups. An administrator's 15 links used to wrap over three rows
// at 1280 px; the daily links stay in view, the programme's and the administration's sit behind one
// menu button each, and the phone menu lists every group under its name.
test('an administrator finds every page in a navigation of one row, in Dutch and French, on a phone too', async ({
  page,
}) => {
  const admin = await seedAdmin({
    name: 'Hanne Navigatie',
    email: `nav.${Date.now()}@minderhedenforum.example`,
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill(admin.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/two-factor');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(admin.totpSecret));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const daily of ['Overzicht', 'Caseload', 'Mijn taken', "Duo's opvolgen", 'Matching'])
    await expect(nav.getByRole('link', { name: daily, exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Mijn account/ })).toBeVisible();
  expect(await topRowsOf(page)).toBe(1);

  // The administration's pages sit behind "Beheer"; Escape closes the menu again.
  const beheer = nav.getByRole('button', { name: 'Beheer' });
  await expect(nav.getByRole('link', { name: 'Verenigingen' })).toHaveCount(0);
  await beheer.click();
  await expect(beheer).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Verenigingen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/90-navigation-admin-menu-open.png' });
  await checkPage(page, '90-navigation-admin-menu');
  await page.setViewportSize({ width: 1280, height: 800 });
  if ((await beheer.getAttribute('aria-expanded')) !== 'true') await beheer.click();
  await page.keyboard.press('Escape');
  await expect(beheer).toHaveAttribute('aria-expanded', 'false');
  await beheer.click();
  await nav.getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
  // The group of the page shown is marked, and the menu closed with the page change.
  await expect(beheer).toHaveClass(/nav-menu__button--current/);
  await expect(beheer).toHaveAttribute('aria-expanded', 'false');

  // In French the navigation still holds one row at 1280 px.
  await page.getByTestId('language-switch').selectOption('fr');
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await expect(menu.getByRole('button', { name: 'Administration' })).toBeVisible();
  expect(await topRowsOf(page)).toBe(1);

  // On a phone the menu lists every group under its name.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByTestId('nav-toggle').click();
  await expect(menu.getByText('Programme', { exact: true })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Associations' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Réseau des mentors' })).toBeVisible();
  await checkPage(page, '91-navigation-phone-fr');
});
