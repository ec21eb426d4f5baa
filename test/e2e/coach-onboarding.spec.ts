import { expect, test } from '@playwright/test';
import { checkPage, cli, openNavLink, totpCode } from './support.js';

// The foundation's journey: an admin creates an association and invites a coach; the coach accepts,
// sets a password and two-factor, signs in, switches to French and sees an empty caseload.
test('admin invites a coach who signs in with two-factor and sees an empty caseload in French', async ({
  page,
}) => {
  const adminLink = cli('create-admin', '--email', 'hanne.peeters@minderhedenforum.example').match(
    /http\S+#token=[a-z0-9]+/,
  )?.[0];
  expect(adminLink).toBeDefined();

  // The administrator accepts the invitation and sets up two-factor sign-in.
  await page.goto(adminLink!.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByLabel('Volledige naam')).toBeVisible();
  await checkPage(page, '01-invitation-admin');
  await page.getByLabel('Volledige naam').fill('Hanne Peeters');
  await page.getByLabel('Nieuw wachtwoord').fill('lente aan de schelde 2026');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('lente aan de schelde 2026');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await page.waitForURL('**/two-factor/setup');
  const adminSecret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
  // The QR code beside the key: an image with a text alternative, drawn from the otpauth address.
  const qr = page.getByRole('img', { name: 'QR-code om Mentor2Work toe te voegen aan je authenticator-app' });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await checkPage(page, '02-two-factor-setup');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(adminSecret));
  await page.getByRole('button', { name: 'Verificatie in twee stappen inschakelen' }).click();
  await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
  await checkPage(page, '03-recovery-codes');
  await page.getByRole('button', { name: 'Ik heb deze codes bewaard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await checkPage(page, '04-admin-overview');

  // An association.
  await openNavLink(page, 'Verenigingen');
  const associationForm = page.getByTestId('association-form');
  await associationForm.getByRole('button', { name: 'Vereniging toevoegen' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkPage(page, '05-association-errors');
  await page.getByLabel('Naam', { exact: true }).fill('Vzw Brug naar Werk');
  await page.getByLabel('Gemeente').fill('Molenbeek');
  await associationForm.getByLabel('Gewest').selectOption('BRU');
  await associationForm.getByRole('button', { name: 'Vereniging toevoegen' }).click();
  await expect(page.getByRole('rowheader', { name: 'Vzw Brug naar Werk' })).toBeVisible();
  await checkPage(page, '06-associations');

  // The coach's invitation.
  await openNavLink(page, 'Medewerkers');
  const invite = page.getByTestId('invite-form');
  await invite.getByLabel('E-mailadres').fill('samira.elamrani@brugnaarwerk.example');
  await invite.getByLabel('Vereniging').selectOption({ label: 'Vzw Brug naar Werk' });
  await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(
    page.getByText('Er is een uitnodiging verstuurd naar samira.elamrani@brugnaarwerk.example.'),
  ).toBeVisible();
  await checkPage(page, '07-staff');

  await openNavLink(page, 'Auditlog');
  await expect(page.getByRole('cell', { name: 'invitation.created' }).first()).toBeVisible();
  await checkPage(page, '08-audit-log');

  await openNavLink(page, 'Uitgaande e-mails');
  await page.getByTestId('outbox-row').first().getByRole('link').click();
  await expect(page.getByTestId('outbox-body')).toContainText('Vzw Brug naar Werk');
  await checkPage(page, '09-outbox');
  const coachLink = (await page.getByTestId('outbox-body').getByRole('link').first().getAttribute('href'))!;
  expect(coachLink).toMatch(/\/invitation#token=/);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/sign-in');

  // The coach accepts, sets a password and two-factor.
  await page.goto(coachLink.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByText('Vzw Brug naar Werk')).toBeVisible();
  await page.getByLabel('Volledige naam').fill('Samira El Amrani');
  await page.getByLabel('Nieuw wachtwoord').fill('samira.elamrani@brugnaarwerk.example');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('samira.elamrani@brugnaarwerk.example');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Het wachtwoord mag je e-mailadres niet bevatten.').first()).toBeVisible();
  await page.getByLabel('Nieuw wachtwoord').fill('thee met munt in molenbeek');
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('thee met munt in molenbeek');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await page.waitForURL('**/two-factor/setup');
  const coachSecret = (await page.getByTestId('totp-secret').getAttribute('data-secret'))!;
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(coachSecret));
  await page.getByRole('button', { name: 'Verificatie in twee stappen inschakelen' }).click();
  await page.getByRole('button', { name: 'Ik heb deze codes bewaard' }).click();
  await expect(page.getByTestId('caseload-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The coach signs in with password and a fresh code.
  await page.waitForURL('**/sign-in');
  await checkPage(page, '10-sign-in');
  await page.getByLabel('E-mailadres').fill('samira.elamrani@brugnaarwerk.example');
  await page.getByLabel('Wachtwoord').fill('thee met munt in molenbeek');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/two-factor');
  await checkPage(page, '11-two-factor');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(coachSecret, 1));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByTestId('caseload-empty')).toBeVisible();
  await checkPage(page, '12-caseload-nl');

  // French, remembered for the account.
  await page.getByTestId('language-switch').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes accompagnements');
  await expect(page.getByTestId('caseload-empty')).toBeVisible();
  await checkPage(page, '13-caseload-fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes accompagnements');
});
