import { type Browser, expect, type Page, test } from '@playwright/test';
import { brusselsDay } from '../../src/web/features/partnerships/brussels-time.js';
import {
  backdatePartnership,
  checkPage,
  letPlannedMeetingsHappen,
  seedCoach,
  seedMatchablePair,
  totpCode,
} from './support.js';

const phone = { width: 360, height: 740 };
test.use({ viewport: phone });

/** checkPage measures at 360 and 1280 px and leaves the page at desktop width: back to the phone. */
async function checkPhonePage(page: Page, name: string) {
  await checkPage(page, name);
  await page.setViewportSize(phone);
}

async function signIn(browser: Browser, email: string, password: string, totpSecret?: string) {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  if (totpSecret) {
    await page.waitForURL('**/two-factor');
    await page.getByLabel('Code van 6 cijfers').fill(totpCode(totpSecret));
    await page.getByRole('button', { name: 'Controleren' }).click();
  }
  return page;
}

async function openMenuLink(page: Page, name: string) {
  await page.getByTestId('nav-toggle').click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

// The mentoring cycle on a phone: a coach confirms a pair from a matching run and records the
// introduction; mentee and mentor accept and plan meetings; time passes and the coach sees the duo
// off track; the pair logs the meetings and asks for help; the coach plans the evaluation, both fill
// it in, and the coach completes the cycle with its outcome.
test('a duo accepts, plans and logs meetings; the coach follows its health and closes the cycle', async ({
  browser,
}) => {
  const stamp = Date.now();
  const coach = await seedCoach({
    associationName: `Vzw Samen Aan Het Werk ${stamp}`,
    region: 'VLG',
    coachName: 'Lotte Claes',
    email: `lotte.claes.${stamp}@samenaanhetwerk.example`,
  });
  const { mentee, mentor } = await seedMatchablePair({
    associationId: coach.association.id,
    mentee: { firstName: 'Amina', lastName: 'Haddad' },
    mentor: { firstName: 'Koen', lastName: 'Peeters' },
  });

  // The coach runs a matching over the association and confirms the pair: a proposed partnership.
  const coachPage = await signIn(browser, coach.email, coach.password, coach.totpSecret);
  await expect(coachPage.getByRole('heading', { level: 1 })).toBeVisible();
  await openMenuLink(coachPage, 'Matching');
  await coachPage.getByRole('button', { name: 'Matching starten' }).click();
  await coachPage.waitForURL('**/matching/runs/*');
  await expect(coachPage.getByTestId('proposed-pair')).toHaveCount(1);
  await coachPage.getByTestId('confirm-pairs').click();
  const confirmed = coachPage.getByTestId('confirm-result');
  await expect(confirmed).toContainText(`${mentee.name} en ${mentor.name}`);
  await confirmed.getByRole('link').first().click();
  await coachPage.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
  const partnershipId = coachPage.url().split('/').pop()!;
  await expect(
    coachPage.getByRole('heading', { level: 1, name: `Duo ${mentee.name} en ${mentor.name}` }),
  ).toBeVisible();
  const overview = coachPage.getByTestId('partnership-overview');
  await expect(overview).toContainText('Voorgesteld');
  await expect(coachPage.getByTestId('health')).toContainText('de kennismaking moet nog gebeuren');
  await checkPhonePage(coachPage, '60-partnership-proposed');

  // The introduction with the coach took place.
  await coachPage.getByTestId('step-introduced').locator('summary').click();
  await coachPage.getByRole('button', { name: 'Kennismaking registreren' }).click();
  await expect(overview).toContainText('Kennismaking gehad');

  // The mentee accepts on her phone, from her home page.
  const menteePage = await signIn(browser, mentee.email, mentee.password);
  await expect(menteePage.getByRole('heading', { level: 1, name: `Welkom, ${mentee.name}` })).toBeVisible();
  const menteeDuo = menteePage.getByTestId('home-partnership');
  await expect(menteeDuo.getByRole('heading', { name: `Jouw duo met ${mentor.name}` })).toBeVisible();
  await expect(menteeDuo).toContainText('Kennismaking gehad');
  await expect(menteePage.getByTestId('home-coach')).toContainText('Lotte Claes');
  await expect(menteePage.getByTestId('home-coach')).toContainText(coach.email);
  await checkPhonePage(menteePage, '61-mentee-home-answer');
  await menteeDuo.getByRole('radio', { name: 'Ja, ik wil verder' }).check();
  await menteeDuo.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(menteePage.getByTestId('due-answer_introduction')).toHaveCount(0);

  // The mentor first says no without a reason (the form asks why), then accepts: the duo is active.
  const mentorPage = await signIn(browser, mentor.email, mentor.password);
  const mentorDuo = mentorPage.getByTestId('home-partnership');
  await expect(mentorDuo.getByRole('heading', { name: `Jouw duo met ${mentee.name}` })).toBeVisible();
  await mentorDuo.getByRole('radio', { name: 'Nee, ik wil niet verder' }).check();
  await mentorDuo.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(mentorDuo.getByText('Schrijf kort waarom.').first()).toBeVisible();
  await checkPhonePage(mentorPage, '62-mentor-answer-error');
  await mentorDuo.getByRole('radio', { name: 'Ja, ik wil verder' }).check();
  await mentorDuo.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(mentorDuo).toContainText('Actief');
  await expect(mentorPage.getByTestId('due-plan_meeting')).toBeVisible();
  await checkPhonePage(mentorPage, '63-mentor-home-active');

  // The mentee plans a meeting in a place, the mentor one by video.
  await menteePage.reload();
  await menteePage.getByTestId('due-plan_meeting').getByRole('link').click();
  await menteePage.waitForURL(`**/partnerships/${partnershipId}*`);
  const menteePlan = menteePage.getByTestId('plan-meeting-form');
  await menteePlan.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(menteePlan.getByText('Vul een dag en een uur in.').first()).toBeVisible();
  await checkPhonePage(menteePage, '64-plan-errors');
  await menteePlan.getByLabel('Dag', { exact: true }).fill(brusselsDay(new Date(), 2));
  await menteePlan.getByLabel('Uur', { exact: true }).fill('18:00');
  await menteePlan.getByLabel('Plaats', { exact: true }).fill('Bibliotheek De Krook, Gent');
  await menteePlan.getByLabel('Waarover wil je praten? (niet verplicht)').fill('Mijn cv');
  await menteePlan.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(menteePage.getByTestId('meeting-planned')).toBeVisible();
  await expect(menteePage.getByTestId('next-meeting')).toContainText('Bibliotheek De Krook, Gent');
  await expect(menteePage.getByTestId('next-meeting')).toContainText('18:00');
  await checkPhonePage(menteePage, '65-partnership-mentee');

  await mentorPage.getByTestId('due-plan_meeting').getByRole('link').click();
  const mentorPlan = mentorPage.getByTestId('plan-meeting-form');
  await mentorPlan.getByLabel('Dag', { exact: true }).fill(brusselsDay(new Date(), 4));
  await mentorPlan.getByLabel('Uur', { exact: true }).fill('12:30');
  await mentorPlan.getByRole('radio', { name: 'Met video' }).check();
  await mentorPlan.getByLabel('Videolink').fill('https://meet.jit.si/mentor2work-amina-koen');
  await mentorPlan.getByRole('button', { name: 'Afspraak plannen' }).click();
  await expect(mentorPage.getByTestId('meeting-planned')).toBeVisible();
  await expect(mentorPage.getByTestId('meeting')).toHaveCount(2);

  // Fifty days later without a meeting held: the coach's health screen shows the duo off track.
  await backdatePartnership(partnershipId, 50);
  await openMenuLink(coachPage, "Duo's opvolgen");
  await expect(coachPage.getByRole('heading', { level: 1, name: "Duo's opvolgen" })).toBeVisible();
  const row = coachPage.getByTestId('health-row').filter({ hasText: mentee.name });
  await expect(row).toHaveAttribute('data-state', 'off_track');
  await expect(row).toContainText('Achterstand');
  await expect(row).toContainText('Al 50 dagen geen afspraak gehad');
  await expect(coachPage.getByTestId('health-count-off_track')).toContainText('1');
  await checkPhonePage(coachPage, '66-health-off-track');
  await openMenuLink(coachPage, 'Mijn taken');
  await expect(
    coachPage
      .getByTestId('todo-item')
      .filter({ hasText: `${mentee.name} en ${mentor.name}` })
      .first(),
  ).toBeVisible();
  await checkPhonePage(coachPage, '67-todo');

  // The planned meetings take place; the mentee logs hers (a topic is required) and asks for help.
  expect(await letPlannedMeetingsHappen(partnershipId)).toBe(2);
  await menteePage.goto('/');
  await expect(menteePage.getByTestId('due-log_meeting').first()).toBeVisible();
  await checkPhonePage(menteePage, '68-mentee-home-log');
  await menteePage.getByTestId('due-log_meeting').first().getByRole('link').click();
  const menteeLog = menteePage.locator('[data-testid="log-meeting-form"]:visible').first();
  await menteeLog.getByRole('radio', { name: 'Ja, we hebben afgesproken' }).check();
  await menteeLog.getByRole('button', { name: 'Bewaren' }).click();
  await expect(menteeLog.getByText('Kies minstens één onderwerp.').first()).toBeVisible();
  await expect(menteeLog.getByText('Alleen jij en je coach lezen dit.', { exact: false })).toBeVisible();
  await checkPhonePage(menteePage, '69-log-errors');
  await menteeLog.getByRole('checkbox', { name: 'Cv' }).check();
  await menteeLog.getByRole('checkbox', { name: 'Sollicitatiegesprek oefenen' }).check();
  await menteeLog.getByLabel('Notities voor jullie allebei (niet verplicht)').fill('Cv herschreven.');
  await menteeLog.getByLabel('Persoonlijke notitie (niet verplicht)').fill('Ik was zenuwachtig.');
  await menteeLog.getByRole('button', { name: 'Bewaren' }).click();
  await expect(menteePage.locator('[data-testid="meeting"][data-status="held"]')).toHaveCount(1);
  await expect(menteePage.getByText('Ik was zenuwachtig.')).toBeVisible();
  await menteePage.getByLabel('Je vraag').fill('Kan je mee naar mijn cv kijken voor de zorgsector?');
  await menteePage.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(menteePage.getByTestId('help-sent')).toBeVisible();
  await checkPhonePage(menteePage, '70-partnership-logged');

  await mentorPage.goto(`/partnerships/${partnershipId}`);
  const mentorLog = mentorPage.locator('[data-testid="log-meeting-form"]:visible').first();
  await mentorLog.getByRole('radio', { name: 'Ja, we hebben afgesproken' }).check();
  await mentorLog.getByRole('checkbox', { name: 'Netwerk en contacten' }).check();
  await mentorLog.getByRole('button', { name: 'Bewaren' }).click();
  await expect(mentorPage.locator('[data-testid="meeting"][data-status="held"]')).toHaveCount(2);
  await expect(mentorPage.getByText('Ik was zenuwachtig.')).toHaveCount(0);

  // The coach sees the change: no longer silent for 45 days; the help request is handled.
  await coachPage.goto('/partnerships/health');
  await expect(row).not.toContainText('geen afspraak gehad');
  await checkPhonePage(coachPage, '71-health-after-meetings');
  await row.getByRole('link').click();
  const followUp = coachPage.getByTestId('follow-up');
  await expect(followUp.getByTestId('help-request')).toContainText('zorgsector');
  await followUp.getByLabel('Wat heb je gedaan? (niet verplicht)').fill('Gebeld en afspraak gemaakt.');
  await followUp.getByRole('button', { name: 'Markeren als behandeld' }).click();
  await expect(followUp.getByTestId('help-request')).toContainText('Behandeld op');
  await expect(coachPage.getByText('Persoonlijke notitie van Amina Haddad')).toBeVisible();
  await followUp.getByText('Contact registreren').click();
  await followUp.getByLabel('Notitie (niet verplicht)').fill('Telefonisch opgevolgd.');
  await followUp.getByRole('button', { name: 'Contact bewaren' }).click();
  await expect(followUp.getByText('Telefonisch opgevolgd.')).toBeVisible();
  await checkPhonePage(coachPage, '72-partnership-coach');

  // The coach plans the evaluation meeting: the duo is closing.
  const closing = coachPage.getByTestId('step-closing');
  await closing.locator('summary').click();
  await closing.getByLabel('Dag', { exact: true }).fill(brusselsDay(new Date(), 3));
  await closing.getByLabel('Uur', { exact: true }).fill('10:00');
  await closing.getByLabel('Plaats', { exact: true }).fill('Vzw Samen Aan Het Werk, Gent');
  await closing.getByRole('button', { name: 'Evaluatiegesprek plannen' }).click();
  await expect(coachPage.getByTestId('partnership-overview')).toContainText('Evaluatie gepland');
  await expect(coachPage.getByTestId('health')).toContainText('Op schema');

  // Both fill in the evaluation in their language.
  for (const [participant, answers] of [
    [menteePage, { choice: 'Ik doe een stage' }],
    [mentorPage, { choice: null }],
  ] as const) {
    await participant.goto('/');
    await participant.getByTestId('due-evaluation').getByRole('link').click();
    await participant.waitForURL('**/evaluation');
    const form = participant.getByTestId('evaluation-form');
    await form.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await expect(form.getByText('Beantwoord deze vraag.').first()).toBeVisible();
    if (participant === menteePage) await checkPhonePage(participant, '73-evaluation-errors');
    const scales = form.locator('.scale');
    for (let index = 0; index < (await scales.count()); index += 1)
      await scales.nth(index).getByRole('radio', { name: /^4/ }).check();
    for (const question of await form.locator('.question').all())
      await question.getByRole('radio').first().check();
    if (answers.choice) await form.getByRole('radio', { name: answers.choice }).check();
    await form.getByLabel('Wat hielp het meest? (niet verplicht)').fill('Oefenen voor gesprekken.');
    await form.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await expect(participant.getByTestId('evaluation-thanks')).toBeVisible();
    if (participant === menteePage) await checkPhonePage(participant, '74-evaluation-thanks');
  }

  // The coach reads both evaluations and completes the cycle with its outcome.
  await coachPage.reload();
  await expect(coachPage.getByTestId('evaluations')).toContainText('Antwoorden van de Mentee');
  await expect(coachPage.getByTestId('evaluations')).toContainText('Oefenen voor gesprekken.');
  const complete = coachPage.getByTestId('step-complete');
  await complete.locator('summary').click();
  await complete.getByRole('radio', { name: 'Stage' }).check();
  await complete.getByRole('button', { name: 'Traject afronden' }).click();
  await expect(coachPage.getByTestId('partnership-overview')).toContainText('Afgerond');
  await expect(coachPage.getByTestId('partnership-timeline')).toContainText('Resultaat: Stage');
  await checkPhonePage(coachPage, '75-partnership-completed');

  await menteePage.goto('/');
  await expect(menteePage.getByTestId('home-partnership')).toContainText('Afgerond');
  await checkPhonePage(menteePage, '76-mentee-home-completed');
});
