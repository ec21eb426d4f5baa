import { expect, type Page, test } from '@playwright/test';
import { e2eEnv } from '../../playwright.config.js';
import { checkPage, seedCoach, seedParticipant, totpCode } from './support.js';

/**
 * The browser suite's server runs at http://127.0.0.1:PORT; WebAuthn binds passkeys to a domain name,
 * so the platform serves them at http://localhost:PORT (docs/security.md, "Passkeys").
 */
const site = `http://localhost:${e2eEnv.PORT}`;

/** A platform authenticator in Chromium (fingerprint reader or phone), answering with the user verified. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto(`${site}/sign-in`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

test('a coach adds a passkey and confirms her next sign-in with it', async ({ page }) => {
  const coach = await seedCoach({
    associationName: 'Vzw Sleutel Leuven',
    region: 'VLG',
    coachName: 'Coach Sleutel',
    email: 'coach.sleutel@example.be',
  });
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);

  await signInWithPassword(page, coach.email, coach.password);
  await page.waitForURL('**/two-factor');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(coach.totpSecret));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/two-factor'));

  await page.goto(`${site}/account`);
  const panel = page.getByRole('region', { name: 'Toegangssleutels (passkeys)' });
  await expect(panel.getByText('Je hebt nog geen toegangssleutel.')).toBeVisible();
  await panel.getByLabel('Naam van de sleutel').fill('Laptop op kantoor');
  await panel.getByRole('button', { name: 'Toegangssleutel toevoegen' }).click();
  await expect(panel.getByText('Je toegangssleutel is toegevoegd.')).toBeVisible();
  await expect(panel.getByTestId('my-passkeys')).toContainText('Laptop op kantoor');
  await expect(panel.getByTestId('my-passkeys')).toContainText('Nog niet gebruikt');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  await checkPage(page, 'account-passkeys');

  // Next sign-in: the password, then the passkey instead of the code.
  await page.getByRole('button', { name: 'Uitloggen' }).first().click();
  await page.waitForURL('**/sign-in');
  await signInWithPassword(page, coach.email, coach.password);
  await page.waitForURL('**/two-factor');
  await checkPage(page, 'two-factor-passkey');
  await page.getByRole('button', { name: 'Mijn toegangssleutel gebruiken' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/two-factor'));
  await page.goto(`${site}/account`);
  await expect(panel.getByTestId('my-passkeys')).toContainText('Laatst gebruikt');
});

test('a mentee adds a passkey on her phone and signs in with it alone, in French', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const coach = await seedCoach({
    associationName: 'Asbl Clé Bruxelles',
    region: 'BRU',
    coachName: 'Coach Clé',
    email: 'coach.cle@example.be',
  });
  const mentee = await seedParticipant({
    kind: 'mentee',
    associationId: coach.association.id,
    firstName: 'Nadia',
    lastName: 'Clé',
    email: 'nadia.cle@example.be',
  });
  await addVirtualAuthenticator(page);
  await signInWithPassword(page, mentee.email, mentee.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nadia');

  // She reads the app in French: her choice on the account page.
  await page.goto(`${site}/account`);
  const french = page.getByRole('radio', { name: 'Français' });
  await french.click();
  await expect(french).toBeChecked();
  const panel = page.getByRole('region', { name: 'Clés d’accès (passkeys)' });
  await panel.getByLabel('Nom de la clé').fill('Mon téléphone');
  await panel.getByRole('button', { name: 'Ajouter une clé d’accès' }).click();
  await expect(panel.getByTestId('my-passkeys')).toContainText('Mon téléphone');
  await checkPage(page, 'account-passkeys-fr');

  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await page.waitForURL('**/sign-in');
  await page.getByRole('button', { name: 'Se connecter avec une clé d’accès' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nadia');
});
