import { expect, type Page, test } from '@playwright/test';
import {
  checkPage,
  movePerson,
  seedAdmin,
  seedCoach,
  seedMatchablePair,
  signIn as signInOnPage,
} from './support.js';

async function signIn(
  page: Page,
  user: { email: string; password: string; totpSecret: string },
  home: string,
) {
  await signInOnPage(page, user.email, user.password, user.totpSecret);
  await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible();
}

// A small association's coach matches a mentee with a mentor that a sister association of the same
// region shares; the screen says whose mentor it is. An admin turns the sharing off on the
// associations screen, and the next run of that pool no longer has the mentor.
test("a coach's run takes a sister association's shared mentor; an admin turns sharing off", async ({
  page,
  browser,
}) => {
  const n = Date.now();
  const home = await seedCoach({
    associationName: `Vzw Klein Luik ${n}`,
    region: 'WAL',
    coachName: 'Nadia Coach',
    email: `home.${n}@klein.example`,
  });
  const sister = await seedCoach({
    associationName: `Entraide Namur ${n}`,
    region: 'WAL',
    coachName: 'Claire Coach',
    email: `sister.${n}@entraide.example`,
  });
  const pair = await seedMatchablePair({
    associationId: home.association.id,
    mentee: { firstName: 'Grace', lastName: `Mbuyi ${n}` },
    mentor: { firstName: 'Hicham', lastName: `Ait Said ${n}` },
  });
  const { mentor } = pair;
  await movePerson(mentor.id, sister.association.id);

  await signIn(page, home, 'Caseload');
  await page.getByRole('navigation').getByRole('link', { name: 'Matching', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matching' })).toBeVisible();
  await expect(page.getByLabel(`Mentoren van ${home.association.name} delen`)).toBeChecked();
  await page.getByRole('button', { name: 'Matching starten' }).click();
  await page.waitForURL('**/matching/runs/*');
  const card = page.getByTestId('proposed-pair');
  await expect(card).toHaveCount(1);
  await expect(
    card.getByText(`${mentor.name} is een mentor van ${sister.association.name}, die haar mentoren deelt`),
  ).toBeVisible();
  await checkPage(page, '56-run-shared-mentor');

  const adminPage = await (await browser.newContext()).newPage();
  const admin = await seedAdmin({ name: 'Hanne Delen', email: `sharing.${n}@minderhedenforum.example` });
  await signIn(adminPage, admin, 'Overzicht');
  await adminPage.goto('/associations');
  const list = adminPage.getByRole('region', { name: 'Alle verenigingen' });
  await list.getByLabel('Zoeken op naam').fill(sister.association.name);
  await list.getByRole('button', { name: 'Zoeken' }).click();
  const sharing = adminPage.getByLabel(`Mentoren van ${sister.association.name} delen`);
  await expect(sharing).toBeChecked();
  // Saved at once: the box follows the server once the change is stored.
  await sharing.click();
  await expect(sharing).not.toBeChecked();
  await expect(sharing).toHaveAccessibleDescription(
    'Niet gedeeld: alleen de eigen coaches matchen deze mentoren.',
  );
  await checkPage(adminPage, '57-associations-sharing');

  await adminPage.goto('/matching');
  await adminPage.getByLabel('Pool').selectOption({ label: home.association.name });
  await adminPage.getByRole('button', { name: 'Matching starten' }).click();
  await adminPage.waitForURL('**/matching/runs/*');
  await expect(adminPage.getByTestId('proposed-pair')).toHaveCount(0);
  await expect(adminPage.getByTestId('unmatched-mentee')).toHaveCount(1);
});
