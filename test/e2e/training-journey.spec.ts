import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { checkPage, cli, openNavLink, seedAdmin, seedCoach, seedParticipant, signIn } from './support.js';

/** A button's name: its text, then the visually hidden ": context" for screen readers. */
function withContext(text: string, context: string): RegExp {
  return new RegExp(`${text}\\s*: ${context.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Follows a link of the main navigation, opening the menu first on a phone. */
async function navigate(page: Page, name: string) {
  const toggle = page.getByTestId('nav-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/sign-in');
}

// The training journey: a coach registers a mentor for the required diversity training, the trainer
// (an administrator) records attendance and the mentor becomes matchable; a mentee on a phone reads a
// recommended self-study module to the end and downloads the participation certificate.
test('a mentor becomes matchable after the diversity training; a mentee completes a self-study module on a phone', async ({
  page,
}) => {
  cli('demo');
  const stamp = Date.now();
  const coach = await seedCoach({
    associationName: `Vzw Vorming ${stamp}`,
    region: 'VLG',
    coachName: 'Samira Vorming',
    email: `samira.${stamp}@vorming.example`,
  });
  const mentor = await seedParticipant({
    kind: 'mentor',
    associationId: coach.association.id,
    firstName: 'Wouter',
    lastName: `Claes ${stamp % 1000}`,
    email: `wouter.${stamp}@vorming.example`,
  });
  const mentee = await seedParticipant({
    kind: 'mentee',
    associationId: coach.association.id,
    firstName: 'Layla',
    lastName: 'Haddad',
    email: `layla.${stamp}@vorming.example`,
    trainingNeeds: ['cv_and_talents'],
  });
  const trainer = await seedAdmin({ name: 'Nadia Benali', email: `nadia.${stamp}@vorming.example` });

  // The coach registers the mentor for the coming diversity session.
  await signIn(page, coach.email, coach.password, coach.totpSecret);
  await page.waitForURL('**/caseload');
  await openNavLink(page, 'Vorming');
  const diversity = page.getByTestId('training-module').filter({ hasText: 'Diversiteit en discriminatie' });
  await diversity
    .getByRole('link', { name: /Inschrijvingen en aanwezigheid/ })
    .first()
    .click();
  await page.waitForURL('**/training/sessions/*');
  const sessionUrl = new URL(page.url()).pathname;
  const choose = page.getByTestId('register-person').getByLabel('Persoon');
  const option = choose.locator('option', { hasText: mentor.name });
  await choose.selectOption((await option.getAttribute('value')) ?? '');
  await page.getByTestId('register-person').getByRole('button', { name: 'Inschrijven' }).click();
  const row = page.getByTestId('registration-row').filter({ hasText: mentor.name });
  await expect(row).toContainText('Ingeschreven');
  await checkPage(page, '60-session-coach');

  // Before the training the mentor cannot be matched: no suggestions on their page.
  await page.goto(`/people/${mentor.personId}`);
  await expect(page.getByTestId('suggestions')).toContainText('Op dit moment geen mogelijke match.');
  await openNavLink(page, 'Vormingsoverzicht');
  await expect(page.getByTestId('missing-table')).toContainText(mentor.name);
  await checkPage(page, '61-training-overview');
  await openNavLink(page, 'Mentornetwerk');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentornetwerk' })).toBeVisible();
  await checkPage(page, '62-mentor-network-coach');
  await signOut(page);

  // The trainer records attendance.
  await signIn(page, trainer.email, trainer.password, trainer.totpSecret);
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await page.goto(sessionUrl);
  const attended = page.getByRole('button', { name: withContext('Aanwezig', mentor.name) });
  await attended.click();
  await expect(
    page.getByRole('button', { name: withContext('Aanwezig', mentor.name), pressed: true }),
  ).toBeVisible();
  await checkPage(page, '63-session-attendance');

  // The administrator adds a page to a module; what the sanitiser removed is said on the form.
  await page.goto('/training');
  await page
    .getByTestId('training-module')
    .filter({ hasText: 'Oriëntatie in je sector' })
    .getByRole('link', { name: /Meer over deze module/ })
    .click();
  const editor = page.getByTestId('page-editor');
  for (const [language, text] of [
    ['Nederlands', 'Werkgevers in de zorg'],
    ['Frans', 'Employeurs dans les soins'],
    ['Engels', 'Employers in care'],
  ] as const) {
    await editor.getByLabel(`Titel (${language})`).fill(text);
    await editor
      .getByLabel(`Tekst (${language})`)
      .fill(
        `<p onclick="steal()">${text}</p><script>alert(1)</script><a href="javascript:alert(1)">klik</a>`,
      );
  }
  await editor.getByRole('button', { name: 'Pagina toevoegen' }).click();
  await expect(page.getByTestId('sanitised-warning')).toContainText('weggelaten');
  await expect(page.getByTestId('training-page').filter({ hasText: 'Werkgevers in de zorg' })).toBeVisible();
  await checkPage(page, '63b-page-editor');
  await signOut(page);

  // The mentor is matchable now: the coach sees suggested mentees on the mentor's page.
  await signIn(page, coach.email, coach.password, coach.totpSecret, 1);
  await page.waitForURL('**/caseload');
  await page.goto(`/people/${mentor.personId}`);
  await expect(page.getByTestId('suggestion').first()).toBeVisible();
  await signOut(page);

  // The mentee, on a phone, follows the recommended self-study module.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, mentee.email, mentee.password);
  const step = page.getByTestId('path-step').filter({ hasText: 'Van talent naar cv' });
  await expect(step).toContainText('Aangeraden voor jou');
  await checkPage(page, '64-mentee-home');
  await page.setViewportSize({ width: 360, height: 740 });
  await step.getByRole('link', { name: 'Van talent naar cv' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Van talent naar cv' })).toBeVisible();
  await expect(page.getByTestId('training-page')).toHaveCount(3);
  await checkPage(page, '65-self-study');
  await page.setViewportSize({ width: 360, height: 740 });
  for (const title of [
    'Je talenten in kaart',
    'Een cv dat werkt in België',
    'Je ervaring uit het buitenland laten tellen',
  ]) {
    await page.getByRole('button', { name: withContext('Gelezen', title) }).click();
    await expect(page.getByRole('button', { name: withContext('Gelezen', title) })).toHaveCount(0);
  }
  await expect(page.getByTestId('module-progress')).toContainText('3 van 3 pagina’s gelezen');
  await expect(page.getByTestId('module-progress')).toContainText('Afgerond');
  await checkPage(page, '66-self-study-complete');
  await page.setViewportSize({ width: 360, height: 740 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('certificate-link').click(),
  ]);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(download.suggestedFilename()).toBe('mentor2work-talents-cv.pdf');

  // Home shows the module done; a session page and the calendar feed on the profile.
  await navigate(page, 'Start');
  await expect(page.getByTestId('path-step').filter({ hasText: 'Van talent naar cv' })).toContainText(
    'Gevolgd',
  );
  await navigate(page, 'Vorming');
  await page
    .getByRole('link', { name: /Meer over deze sessie/ })
    .first()
    .click();
  // Other journeys' sessions may be listed beside this one: register for the first.
  await page
    .getByRole('button', { name: /Inschrijven/ })
    .first()
    .click();
  await expect(page.getByTestId('registration-result')).toContainText('Je bent ingeschreven');
  await checkPage(page, '67-session-mentee');
  await page.setViewportSize({ width: 360, height: 740 });
  await navigate(page, 'Mijn profiel');
  const feedUrl = page.getByTestId('calendar-url');
  await expect(feedUrl).toHaveValue(/\/calendar\/[a-z2-7]+\.ics$/);
  await checkPage(page, '68-profile-calendar');
  // The registered session is in the personal calendar feed.
  const feed = await page.request.get(new URL(await feedUrl.inputValue()).pathname);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VEVENT');
});
