import { expect, test } from '@playwright/test';
import { checkPage, seedApplicant, seedCoach, signIn } from './support.js';

// Issue 11.7: on a phone the caseload is a compact list with the filters behind a button; at 1280 px
// names wrap between words, not letter by letter; the person page has an index of its sections.
test('a coach reads her caseload on a phone and at 1280 px, and jumps to a section of a person', async ({
  page,
}) => {
  const coach = await seedCoach({
    associationName:
      'Vereniging voor Werk en Integratie van Nieuwkomers in het Brussels Hoofdstedelijk Gewest',
    region: 'BRU',
    coachName: 'Lotte Compact',
    email: `compact.${Date.now()}@vzwcompact.example`,
  });
  await seedApplicant({ associationId: coach.association.id, firstName: 'Amina', lastName: 'Haddad-Benali' });
  await seedApplicant({ associationId: coach.association.id, firstName: 'Tesfaye', lastName: 'Gebremedhin' });

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, coach.email, coach.password, coach.totpSecret);
  await page.waitForURL('**/caseload');
  const list = page.getByTestId('caseload-table');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('link', { name: 'Amina Haddad-Benali' })).toBeVisible();

  // The filters wait behind a button; the first person is on the first screen.
  // Exact: "Filters" must not also find the form's "Filters toepassen", which the phone layout hides.
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('form', { name: /filter/i })).toHaveCount(0);
  const firstName = await list.getByRole('link').first().boundingBox();
  expect((firstName?.y ?? 1000) + (firstName?.height ?? 0)).toBeLessThan(740);
  await checkPage(page, '92-caseload-phone');
  await page.setViewportSize({ width: 360, height: 740 });
  // checkPage ends at 1280 px: wait for the phone layout to put the toggle back before clicking it.
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await filters.click();
  await page.getByLabel('Zoeken op naam', { exact: true }).fill('Tesfaye');
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Filters (1 actief)' })).toBeVisible();

  // At 1280 px a table whose names keep their words whole.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/caseload');
  const name = page.getByRole('rowheader').getByRole('link', { name: 'Amina Haddad-Benali' });
  await expect(name).toBeVisible();
  // Each word of the name fits on its line: the column is at least as wide as the longest word.
  const [columnWidth, longestWord] = await name.evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(element).font;
    probe.style.whiteSpace = 'nowrap';
    document.body.append(probe);
    const widths = (element.textContent ?? '').split(/[\s-]+/).map((word) => {
      probe.textContent = word;
      return probe.getBoundingClientRect().width;
    });
    probe.remove();
    return [element.getBoundingClientRect().width, Math.max(...widths)];
  });
  expect(columnWidth).toBeGreaterThanOrEqual(longestWord);

  // The person page: an index of its sections, each reached at once.
  await name.click();
  const index = page.getByRole('navigation', { name: 'Op deze pagina' });
  await expect(index).toBeVisible();
  await index.getByRole('link', { name: 'Geschiedenis en toestemmingen' }).click();
  await expect(page).toHaveURL(/#person-history$/);
  await expect(page.locator('#person-history')).toBeInViewport();
  await checkPage(page, '93-person-sections');
});
