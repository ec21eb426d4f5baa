import { expect, type Page, test } from '@playwright/test';

/** Every console error and failed request of a page, to prove a visit leaves none. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

// A visitor with a French browser gets the public pages in French on a first visit, with a
// matching <html lang>, and a page view logs no failed request (signed out is an answer).
test('a first visit from a French browser shows /apply in French with lang="fr" and no console errors', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto('/apply');
  await expect(page.getByRole('heading', { level: 1, name: 'S’inscrire à Mentor2Work' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('language-switch')).toHaveValue('fr');

  // A choice once made is remembered over the browser's language, and lang follows it.
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('S’inscrire à Mentor2Work');
  expect(problems).toEqual([]);
  await context.close();
});

test('a first visit from an English browser shows English, one from a German browser Dutch', async ({
  browser,
}) => {
  for (const [locale, lang] of [
    ['en-GB', 'en'],
    ['de-DE', 'nl'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto('/about');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('language-switch')).toHaveValue(lang);
    expect(problems).toEqual([]);
    await context.close();
  }
});
