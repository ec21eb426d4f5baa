import { expect, test } from '@playwright/test';
import { e2eEnv } from '../../playwright.config.js';
import { checkPage } from './support.js';

// A mentee signs in, completes the pre-filled first version of their CV with a job abroad and the CEFR grid, saves
// it, and sees it with the download buttons; the page passes axe at phone and desktop width.
test('a mentee writes and saves the first version of their CV', async ({ page }) => {
  const { connectDatabase } = await import('../../src/db/client.js');
  const { loadConfig } = await import('../../src/app/config.js');
  const { createMailer } = await import('../../src/services/mail/mailer.js');
  const { loadOrCreateKeyring } = await import('../../src/services/secrets/keyring.js');
  const { loadOrCreateAuditKeys } = await import('../../src/services/secrets/audit-keys.js');
  const { buildAssociation } = await import('../factories/accounts.js');
  const { buildParticipant } = await import('../factories/career.js');
  const config = loadConfig(e2eEnv);
  const db = connectDatabase(config.database);
  const mentee = await (async () => {
    try {
      const deps = {
        config,
        db,
        mailer: createMailer({ smtpUrl: null, from: config.mailFrom }),
        keyring: loadOrCreateKeyring(config.encryptionKeyFile),
        auditKeys: loadOrCreateAuditKeys(config.auditKeyFile),
        now: () => new Date(),
      };
      const association = await buildAssociation(deps, { name: 'Vzw Career E2E' });
      return await buildParticipant(deps, {
        kind: 'mentee',
        associationId: association.id,
        firstName: 'ليلى',
        lastName: 'حداد',
      });
    } finally {
      await db.close();
    }
  })();

  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(mentee.user.email);
  await page.getByLabel('Wachtwoord').fill(mentee.user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn cv' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn cv' })).toBeVisible();
  await page.getByRole('button', { name: 'Begin je cv' }).click();
  // Which contact details go under the name: email ticked, the phone not known in the profile.
  const contact = page.getByTestId('cv-contact');
  await expect(contact.getByRole('checkbox', { name: /E-mailadres/ })).toBeChecked();
  await expect(contact.getByRole('checkbox', { name: /Telefoonnummer/ })).toBeDisabled();
  await page.getByLabel('Profiel').fill('Verpleegkundige met tien jaar ervaring.');
  await page.getByRole('button', { name: 'Werkervaring toevoegen' }).click();
  await page.getByLabel('Functie').fill('Verpleegkundige');
  await page.getByLabel('Werkgever').fill('مستشفى حلب الجامعي');
  await page.getByLabel('Land').selectOption('SY');
  await page.getByLabel('Van (maand)').fill('2010-03');
  // The first version starts from the intake: Dutch and its CEFR levels are already there.
  await expect(page.locator('#cv-foreign-0-code')).toHaveValue('nl');
  await page.getByLabel('Luisteren').selectOption('B1');
  await checkPage(page, 'cv-editor');
  await page.getByRole('button', { name: 'Bewaren als nieuwe versie' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Versie 1/ })).toBeVisible();
  await expect(page.getByText('Verpleegkundige · مستشفى حلب الجامعي')).toBeVisible();
  await expect(page.getByRole('link', { name: 'PDF van versie 1' })).toBeVisible();
  await checkPage(page, 'cv-view');
});
