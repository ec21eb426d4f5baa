import { expect, test } from '@playwright/test';
import { foldForSearch } from '../../src/domain/reference/fold-text.js';
import { checkPage, cli, latestEmailTo, openNavLink, seedAdmin, totpCode } from './support.js';

/**
 * The demo data's email for a person's name that received an email: a person of
 * services/demo/demo-people.ts, or one of the demo pairs (demo-partnerships.ts, "….duo@").
 */
function demoEmail(name: string): string {
  const [first, ...rest] = name.split(' ');
  const local = foldForSearch(`${first}.${rest.join(' ')}`).replace(/[^a-z.]+/g, '');
  const person = `${local}@demo.mentor2work.be`;
  const pair = `${local}.duo@demo.mentor2work.be`;
  return latestEmailTo(person) === null && latestEmailTo(pair) !== null ? pair : person;
}

// The matching journey: a run over the demo pool, why a pair was proposed, a block, a re-run,
// three partnerships confirmed, and the introduction emails to both sides in the outbox.
test('an admin runs a matching over the demo pool, blocks a pair, re-runs and confirms three partnerships', async ({
  page,
}) => {
  // The demo pool of all associations now proposes about ten pairs: the page checks take longer.
  test.slow();
  cli('demo');
  const admin = await seedAdmin({
    name: 'Hanne Matching',
    email: `matching.${Date.now()}@minderhedenforum.example`,
  });

  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill(admin.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/two-factor');
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(admin.totpSecret));
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

  // A run over all associations.
  await page.getByRole('navigation').getByRole('link', { name: 'Matching', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matching' })).toBeVisible();
  await checkPage(page, '50-matching');
  await page.getByLabel('Pool').selectOption({ label: 'Alle verenigingen' });
  await page.getByRole('button', { name: 'Matching starten' }).click();
  await page.waitForURL('**/matching/runs/*');
  const pairs = page.getByTestId('proposed-pair');
  await expect(pairs.first()).toBeVisible();
  expect(await pairs.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId('fairness')).toBeVisible();
  await checkPage(page, '51-run');

  // Why the first pair was proposed: a bar per criterion with its reason.
  const first = pairs.first();
  await expect(first.locator('meter').first()).toBeVisible();
  await expect(first.getByText('Sector', { exact: false }).first()).toBeVisible();
  const firstTitle = (await first.getByRole('heading').first().textContent()) ?? '';
  const [blockedMentee, blockedMentor] = firstTitle.split(' met ').map((s) => s.trim());
  expect(blockedMentee && blockedMentor).toBeTruthy();

  // Block it, then re-run: the pair is not proposed again.
  await first.getByRole('button', { name: `Blokkeren: ${blockedMentee} en ${blockedMentor}` }).click();
  await page
    .getByLabel(`Waarom mogen ${blockedMentee} en ${blockedMentor} nooit gekoppeld worden?`)
    .fill('Zijn buren; liever niet.');
  await checkPage(page, '52-block-form');
  await page
    .getByRole('button', { name: `Definitief blokkeren: ${blockedMentee} en ${blockedMentor}` })
    .click();
  await expect(page.getByText(`Geblokkeerd: ${blockedMentee} en ${blockedMentor}`)).toBeVisible();
  const firstRunUrl = page.url();
  await page.getByTestId('rerun').click();
  await page.waitForURL((url) => url.pathname.startsWith('/matching/runs/') && url.href !== firstRunUrl);
  await expect(page.getByTestId('proposed-pair').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: `${blockedMentee} met ${blockedMentor}` })).toHaveCount(0);
  await checkPage(page, '53-rerun');

  // Confirm the proposal: at least three partnerships, proposed.
  await page.getByTestId('confirm-pairs').click();
  const result = page.getByTestId('confirm-result');
  await expect(result).toBeVisible();
  const confirmed = await result.locator('li').allTextContents();
  expect(confirmed.length).toBeGreaterThanOrEqual(3);
  await checkPage(page, '54-confirmed');

  // Both sides of a confirmed pair find their introduction email.
  const [menteeName, mentorName] = (confirmed[0] ?? '').replace(/\s*\(.*\)\s*$/, '').split(' en ');
  expect(menteeName && mentorName).toBeTruthy();
  const toMentee = latestEmailTo(demoEmail(menteeName!));
  const toMentor = latestEmailTo(demoEmail(mentorName!));
  expect(toMentee).toContain(mentorName!);
  expect(toMentor).toContain(menteeName!);
  // The outbox lists the newest first, 25 a page. The emails of one confirmation share their moment and
  // fill more than a page (ten pairs, the shared mentors' coaches), so which pair's emails come first is
  // not fixed: the first page shows introduction emails, in each recipient's language; the ones of the
  // first pair were found above in the outbox itself.
  await openNavLink(page, 'Uitgaande e-mails');
  await expect(page.getByTestId('outbox-row').first()).toBeVisible();
  const introductions = page
    .getByTestId('outbox-row')
    .filter({ hasText: /Je duo bij Mentor2Work|Votre binôme Mentor2Work|Your Mentor2Work match/ });
  expect(await introductions.count()).toBeGreaterThanOrEqual(2);
  await checkPage(page, '55-outbox-introductions');
});
