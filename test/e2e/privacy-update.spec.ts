import { expect, test } from '@playwright/test';
import { e2eEnv } from '../../playwright.config.js';
import { checkPage, signIn } from './support.js';

// A new privacy text is published (the suite's server adds one through PRIVACY_EXTRA_VERSIONS_FILE). A
// mentee who accepted the first text with her application signs in, is shown what changed and the new
// text, accepts it, and reaches her own page; the next sign-in goes straight there.
test('a mentee reads and accepts a new privacy text at her next sign-in', async ({ page }) => {
  const { connectDatabase } = await import('../../src/db/client.js');
  const { loadConfig } = await import('../../src/app/config.js');
  const { createMailer } = await import('../../src/services/mail/mailer.js');
  const { loadOrCreateKeyring } = await import('../../src/services/secrets/keyring.js');
  const { loadOrCreateAuditKeys } = await import('../../src/services/secrets/audit-keys.js');
  const { buildAssociation } = await import('../factories/accounts.js');
  const { buildParticipant } = await import('../factories/career.js');
  const { givePrivacyConsent } = await import('../factories/privacy.js');
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
      const association = await buildAssociation(deps, { name: 'Vzw Privacy E2E' });
      const built = await buildParticipant(deps, {
        kind: 'mentee',
        associationId: association.id,
        firstName: 'Samira',
        lastName: 'El Amrani',
      });
      await givePrivacyConsent(deps, built.id, { version: '2026-11' });
      return built;
    } finally {
      await db.close();
    }
  })();

  await signIn(page, mentee.user.email, mentee.user.password);
  await page.waitForURL('**/privacy-update');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Onze privacyverklaring is veranderd' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat is er veranderd' })).toBeVisible();
  await expect(page.getByText('we bewaren je cv nu twee jaar na het einde van je traject')).toBeVisible();
  const text = page.getByTestId('privacy-text');
  await expect(text.getByRole('heading', { level: 2, name: 'Hoe we met je gegevens omgaan' })).toBeVisible();
  await expect(text).toContainText('We bewaren je cv twee jaar na het einde van je traject');
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  await checkPage(page, 'privacy-update');

  // Any other page sends her back to the text until she accepts it; then she lands where she was going.
  await page.goto('/profile');
  await page.waitForURL('**/privacy-update');
  await page.getByRole('button', { name: 'Ik heb dit gelezen en ga akkoord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
  await expect(page.getByTestId('consents')).toContainText('Versie 2026-11');
  // Her history: the first text with her application, the new one after signing in.
  const history = page.getByTestId('accepted-privacy-versions');
  await expect(history).toContainText('Versie 2026-11, aanvaard met je aanvraag');
  await expect(history).toContainText('Versie e2e-2026-12, aanvaard na het inloggen');
  await checkPage(page, 'profile-privacy-history');
  await page.getByRole('navigation').getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom/ })).toBeVisible();
  // Accepted once: the update page has nothing more to ask.
  await page.goto('/privacy-update');
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom/ })).toBeVisible();
});
