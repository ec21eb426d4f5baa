import { expect, test } from '@playwright/test';

// The application wizard forgives the browser's own buttons: each step is a history entry, and the
// draft survives Back, Forward and a reload in the same tab (session storage), on a phone.
test('on a phone, Back, Forward and a reload keep the wizard on its step and keep the answers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/apply');
  await page.getByTestId('language-switch').selectOption('nl');
  await page.goto('/apply/mentee');
  const stepTitle = (name: string) => page.getByRole('heading', { level: 2, name });
  const next = () => page.getByRole('button', { name: 'Volgende' }).click();

  // Step 1, then step 2 (the postcode through the picker), then step 3.
  await expect(stepTitle('Over jou')).toBeVisible();
  await page.getByLabel('Voornaam').fill('Yasmina');
  await page.getByLabel('Achternaam').fill('El Idrissi');
  // A wrong answer is named as the person leaves the field, beside it (no summary stealing focus).
  await page.getByLabel('E-mailadres').fill('yasmina@');
  await page.getByLabel('E-mailadres').press('Tab');
  await expect(page.locator('#mentee-email-error')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('E-mailadres').fill(`yasmina.${Date.now()}@example.be`);
  await page.getByLabel('Geboortedatum').fill('1990-06-01');
  await next();
  await expect(stepTitle('Waar je woont en je talen')).toBeVisible();
  await expect(page).toHaveURL(/\/apply\/mentee\?step=2$/);
  await page.getByRole('combobox', { name: 'Postcode' }).fill('9000');
  await page
    .getByRole('option', { name: /^9000 Gent/ })
    .first()
    .click();
  await page.getByLabel('Taal 1', { exact: true }).selectOption('ar');
  await next();
  await expect(stepTitle('Je werkervaring')).toBeVisible();
  await page.getByLabel('Jaren werkervaring').fill('4');

  // The browser's Back goes to the previous step, with its answers; again to the first.
  await page.goBack();
  await expect(stepTitle('Waar je woont en je talen')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Postcode' })).toHaveValue('9000 Gent');
  await page.goBack();
  await expect(stepTitle('Over jou')).toBeVisible();
  await expect(page.getByLabel('Voornaam')).toHaveValue('Yasmina');

  // Forward goes to the next step again, not to an empty first step.
  await page.goForward();
  await expect(stepTitle('Waar je woont en je talen')).toBeVisible();
  await expect(page.getByLabel('Taal 1', { exact: true })).toHaveValue('ar');

  // A reload keeps the step and the draft.
  await page.reload();
  await expect(stepTitle('Waar je woont en je talen')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Postcode' })).toHaveValue('9000 Gent');
  await page.goForward();
  await expect(stepTitle('Je werkervaring')).toBeVisible();
  await expect(page.getByLabel('Jaren werkervaring')).toHaveValue('4');

  // The form's own Back button walks back through the same entries.
  await page.getByRole('button', { name: 'Terug', exact: true }).click();
  await expect(stepTitle('Waar je woont en je talen')).toBeVisible();
  await page.goForward();
  await expect(stepTitle('Je werkervaring')).toBeVisible();

  // An address further on than the draft allows shows the first step still to answer.
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto('/apply/mentee?step=3');
  await expect(stepTitle('Over jou')).toBeVisible();
  await expect(page.getByLabel('Voornaam')).toHaveValue('');
});
