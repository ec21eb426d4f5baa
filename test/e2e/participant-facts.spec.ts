import { expect, test } from '@playwright/test';
import { checkPage, seedCoach, seedParticipant, signIn } from './support.js';

const phone = { width: 360, height: 740 };

/**
 * A coach at the intake records a mentee's ESF+ facts on a phone: sees what is missing, takes the
 * education level the application suggests, asks the optional questions only after the mentee
 * agreed, and finds the other mentee's incomplete record on the programme report page, in Dutch and
 * in French.
 */
test('a coach records the ESF+ facts of a mentee and sees which records are incomplete', async ({ page }) => {
  await page.setViewportSize(phone);
  const coach = await seedCoach({
    associationName: 'Vzw Feiten Gent',
    region: 'VLG',
    coachName: 'Coach Feiten',
    email: 'coach.feiten@example.be',
  });
  const amina = await seedParticipant({
    kind: 'mentee',
    associationId: coach.association.id,
    firstName: 'Amina',
    lastName: 'Feiten',
    email: 'amina.feiten@example.be',
  });
  const other = await seedParticipant({
    kind: 'mentee',
    associationId: coach.association.id,
    firstName: 'Yusuf',
    lastName: 'Onvolledig',
    email: 'yusuf.onvolledig@example.be',
  });
  await signIn(page, coach.email, coach.password, coach.totpSecret);
  await page.waitForURL((url) => !url.pathname.startsWith('/two-factor'));

  await page.goto(`/people/${amina.personId}#person-facts`);
  const form = page.getByTestId('facts-form');
  await expect(form.getByText(/Nog in te vullen: Gender, Geboortedatum/)).toBeVisible();
  await form.getByLabel('Vrouw').check();
  await form.getByLabel('Geboortedatum').fill('1990-03-14');
  await form.getByLabel(/^Werkzoekend/).check();
  await form.getByRole('group', { name: 'Langdurig werkzoekend?' }).getByLabel('Ja').check();
  await form.getByLabel('Hoogst behaalde diploma').selectOption({ label: 'Hoger onderwijs (ISCED 5-8)' });
  await form.getByLabel('Datum van de start').fill('2026-10-01');
  await expect(form.getByLabel('Heeft een handicap')).toHaveCount(0);
  await form.getByLabel('De deelnemer wil de vrijwillige vragen beantwoorden').check();
  await form.getByRole('group', { name: 'Heeft een handicap' }).getByLabel('Zeg ik liever niet').check();
  await form.getByRole('button', { name: 'Gegevens bewaren' }).click();
  await expect(form.getByText('De gegevens zijn bewaard.')).toBeVisible();
  await expect(form.getByText('Alle verplichte gegevens zijn ingevuld.')).toBeVisible();
  await checkPage(page, 'participant-facts-nl');

  // A wrong date is named beside its field, and nothing is saved.
  await page.setViewportSize(phone);
  await form.getByLabel('Datum van het vertrek').fill('2026-09-01');
  await form.getByRole('button', { name: 'Gegevens bewaren' }).click();
  await expect(
    form.getByText('De datum van het vertrek mag niet voor de datum van de start liggen.').first(),
  ).toBeVisible();

  await page.goto('/programme-report');
  const incomplete = page.getByTestId('facts-incomplete');
  await expect(incomplete.getByRole('row', { name: /Yusuf Onvolledig/ })).toContainText('Gender');
  await expect(incomplete.getByRole('row', { name: /Amina Feiten/ })).toHaveCount(0);
  await expect(page.getByText('1 van de 2 deelnemers hebben onvolledige gegevens.')).toBeVisible();
  await checkPage(page, 'participant-facts-incomplete-nl');

  await page.goto(`/people/${other.personId}#person-facts`);
  await expect(page.getByText(/Nog in te vullen: Gender/)).toBeVisible();
  await page.getByTestId('language-switch').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Données pour le financeur (FSE+)' })).toBeVisible();
  await expect(page.getByText(/Encore à remplir : Genre, Date de naissance/)).toBeVisible();
  await checkPage(page, 'participant-facts-fr');
});
