import { type Browser, expect, type Page, test } from '@playwright/test';
import { brusselsDay } from '../../src/web/features/partnerships/brussels-time.js';
import { checkPage, seedActivePair, seedApplicant, seedCoach, signIn as signInOnPage } from './support.js';

const phone = { width: 360, height: 740 };
test.use({ viewport: phone });

async function checkPhonePage(page: Page, name: string) {
  await checkPage(page, name);
  await page.setViewportSize(phone);
}

async function signIn(browser: Browser, email: string, password: string, totpSecret?: string) {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await signInOnPage(page, email, password, totpSecret);
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/sign-in') && !url.pathname.startsWith('/two-factor'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/** One side of the pair records, a few days late, a meeting that took place. */
async function recordMeeting(page: Page, partnershipId: string, daysAgo: number, topic: string) {
  await page.goto(`/partnerships/${partnershipId}`);
  const form = page.getByTestId('record-meeting-form');
  await form.getByLabel('Dag van de afspraak').fill(brusselsDay(new Date(), -daysAgo));
  await form.getByLabel('Uur', { exact: true }).fill('18:00');
  await form.getByRole('checkbox', { name: topic }).check();
  await form.getByRole('button', { name: 'Afspraak registreren' }).click();
  await expect(page.getByTestId('meeting-recorded')).toBeVisible();
}

// A cycle recorded after the fact, on a phone: a pair that met twice but never logged it tells it a
// few days late, each side one meeting, and the health counts them by the day they took place; a
// mentee who walked in is given her intake on the spot and the coach records it as held.
test('a pair logs two past meetings late and the health counts them; a walk-in intake is recorded as held', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const coach = await seedCoach({
    associationName: `Vzw Achteraf ${stamp}`,
    region: 'VLG',
    coachName: 'Sofie Maes',
    email: `sofie.maes.${stamp}@achteraf.example`,
  });
  // Active for 50 days without a single logged meeting: off track for silence.
  const pair = await seedActivePair({ associationId: coach.association.id, startedDaysAgo: 50 });
  const coachPage = await signIn(browser, coach.email, coach.password, coach.totpSecret);
  await coachPage.goto(`/partnerships/${pair.id}`);
  await expect(coachPage.getByTestId('health')).toContainText('dagen geen afspraak gehad');

  const menteePage = await signIn(browser, pair.mentee.email, pair.mentee.password);
  await recordMeeting(menteePage, pair.id, 9, 'CV');
  await checkPhonePage(menteePage, '90-mentee-meeting-recorded');
  const mentorPage = await signIn(browser, pair.mentor.email, pair.mentor.password);
  await recordMeeting(mentorPage, pair.id, 3, 'Sollicitaties');

  // The coach sees both as held on their own day, entered late, and the silence is over.
  await coachPage.reload();
  const held = coachPage.locator('[data-testid="meeting"][data-status="held"]');
  await expect(held).toHaveCount(2);
  await expect(held.first().getByTestId('meeting-entered')).toContainText('Later ingevuld');
  await expect(coachPage.getByTestId('health')).not.toContainText('dagen geen afspraak gehad');
  await expect(coachPage.getByTestId('pair-stage')).toContainText('Een duo.');
  await checkPhonePage(coachPage, '91-coach-meetings-recorded');

  // A walk-in: the mentee applied last week and came by today; the coach records the intake as held.
  const applicant = await seedApplicant({
    associationId: coach.association.id,
    firstName: 'Hanan',
    lastName: 'Mansour',
  });
  await coachPage.goto(`/people/${applicant.personId}`);
  const assessment = coachPage.getByTestId('assessment-form');
  await assessment
    .getByRole('checkbox', { name: 'De intake vond al plaats (bijvoorbeeld een inloopgesprek)' })
    .check();
  await assessment.getByLabel('Dag van de intake').fill(brusselsDay(new Date(), -1));
  await assessment.getByLabel('Uur', { exact: true }).fill('10:00');
  await checkPhonePage(coachPage, '92-intake-record-held');
  await assessment.getByRole('button', { name: 'Intakeverslag bewaren' }).click();
  await expect(
    coachPage.getByText('De intake is geregistreerd als gehouden en het verslag is bewaard.'),
  ).toBeVisible();
  await expect(coachPage.locator('.person-lead')).toContainText('Intake gedaan');
  await expect(coachPage.getByTestId('intake-held')).toContainText('Intake gehouden op');
});
