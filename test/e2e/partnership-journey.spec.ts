import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { brusselsDay } from '../../src/web/features/partnerships/brussels-time.js';
import {
  backdatePartnership,
  checkPage,
  letPlannedMeetingsHappen,
  seedCoach,
  seedMatchablePair,
  signIn as signInOnPage,
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
  await signInOnPage(page, email, password, totpSecret);
  return page;
}

async function openMenuLink(page: Page, name: string) {
  await page.getByTestId('nav-toggle').click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

const downloadDir = path.join('test-results', 'downloads');

/** Clicks a download link and keeps the file it sends; answers where it is. */
async function download(page: Page, linkName: string, fileName: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const target = path.join(downloadDir, fileName);
  await file.saveAs(target);
  return target;
}

// The mentoring cycle on a phone: a coach confirms a pair from a matching run and records the
// introduction; mentee and mentor accept and plan meetings; time passes and the coach sees the duo
// off track; the pair logs the meetings and asks for help. While the duo works, the mentee writes
// her CV (an Arabic employer name), the mentor comments, she marks it done and downloads the PDF and
// the Europass XML (their text checked); she tracks an application the mentor gives feedback on and
// reports discrimination to her coach, who also keeps the sector tips. The coach plans the
// evaluation, both fill it in, and the coach completes the cycle with its outcome.
test('a duo accepts, plans and logs meetings, works on the CV; the coach follows its health and closes the cycle', async ({
  browser,
}) => {
  // Some forty pages checked with axe at two widths, two exports: longer than the default two minutes.
  test.setTimeout(300_000);
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

  // The coach keeps a tip for the health sector (NACE section Q, the mentee's sector).
  await openMenuLink(coachPage, 'Sectortips');
  await expect(coachPage.getByRole('heading', { level: 1, name: 'Sectortips' })).toBeVisible();
  const newTip = coachPage.getByRole('complementary', { name: 'Nieuwe tip' });
  await newTip.getByLabel('Sector (NACE-sectie)').selectOption('Q');
  await newTip.getByLabel('Tip in het Nederlands').fill('Vermeld je stages en je diploma verpleegkunde.');
  await newTip.getByLabel('Tip in het Frans').fill('Mentionnez vos stages et votre diplôme en soins.');
  await newTip.getByLabel('Tip in het Engels').fill('Mention your internships and your nursing degree.');
  await newTip.getByRole('button', { name: 'Tip bewaren' }).click();
  const savedTip = coachPage.getByTestId('sector-tip').filter({ hasText: 'Vermeld je stages' });
  await expect(savedTip).toContainText('Q – Menselijke gezondheidszorg');
  await checkPhonePage(coachPage, '77-sector-tips');

  // The mentee writes the first version of her CV: a job at a hospital in Syria with its Arabic name.
  const employer = 'مستشفى الأمل';
  await openMenuLink(menteePage, 'Mijn cv');
  await expect(menteePage.getByRole('heading', { level: 1, name: 'Mijn cv' })).toBeVisible();
  const tips = menteePage.getByRole('complementary', {
    name: /^Tips voor sector Menselijke gezondheidszorg/,
  });
  await expect(tips).toContainText('Vermeld je stages en je diploma verpleegkunde.');
  await menteePage.getByRole('button', { name: 'Begin je cv' }).click();
  await menteePage
    .getByLabel('Profiel')
    .fill(
      'Ik ben verpleegkundige met zeven jaar ervaring in een ziekenhuis in Aleppo. Ik werkte op de afdeling ' +
        'spoedgevallen en later op de kinderafdeling. Nu zoek ik werk als zorgkundige in Gent.',
    );
  await menteePage.getByRole('button', { name: 'Werkervaring toevoegen' }).click();
  await menteePage.getByLabel('Functie').fill('Verpleegkundige');
  await menteePage.getByLabel('Werkgever').fill(employer);
  await menteePage.getByLabel('Land').selectOption('SY');
  await menteePage.getByLabel('Tot (maand)').fill('2019-06');
  await menteePage.getByLabel('Andere vaardigheden').fill('Wondzorg');
  await menteePage.getByLabel('Andere vaardigheden').press('Enter');
  await menteePage.getByRole('button', { name: 'Moedertaal toevoegen' }).click();
  await menteePage.locator('#cv-mother-0-code').selectOption('ar');
  // The first version starts from the intake: Dutch and its CEFR levels are already there.
  await expect(menteePage.locator('#cv-foreign-0-code')).toHaveValue('nl');
  await menteePage.getByLabel('Luisteren').selectOption('B1');
  await menteePage.getByLabel('Spreken', { exact: true }).selectOption('A2');
  await checkPhonePage(menteePage, '78-cv-editor');
  // Saved without the start of the job: the summary names the field in words and leads to it.
  await menteePage.getByRole('button', { name: 'Bewaren als nieuwe versie' }).click();
  const startMissing = menteePage.getByRole('link', { name: /^Werkervaring 1: Van \(maand\): / });
  await expect(startMissing).toBeVisible();
  await checkPhonePage(menteePage, '78-cv-editor-errors');
  await startMissing.click();
  await expect(menteePage.getByLabel('Van (maand)')).toBeFocused();
  await menteePage.getByLabel('Van (maand)').fill('2012-09');
  await menteePage.getByRole('button', { name: 'Bewaren als nieuwe versie' }).click();
  await expect(menteePage.getByTestId('cv-saved')).toHaveText('Versie 1 is bewaard.');
  await expect(menteePage.getByTestId('cv-saved')).toBeFocused();
  await expect(menteePage.getByRole('form', { name: 'Cv bewerken' })).toHaveCount(0);
  await expect(menteePage.getByRole('button', { name: 'Cv bewerken (nieuwe versie)' })).toBeVisible();
  await expect(menteePage.getByRole('heading', { level: 2, name: /Versie 1/ })).toBeVisible();
  await expect(menteePage.getByText(`Verpleegkundige · ${employer}`)).toBeVisible();
  await checkPhonePage(menteePage, '79-cv-saved');

  // The mentor opens his mentee's CV from "Mijn mentee" and comments on the profile.
  await openMenuLink(mentorPage, 'Mijn mentee');
  await mentorPage.getByRole('link', { name: `Cv van ${mentee.name}` }).click();
  await expect(mentorPage.getByRole('heading', { level: 1, name: `Cv van ${mentee.name}` })).toBeVisible();
  await expect(mentorPage.getByRole('button', { name: 'Begin je cv' })).toHaveCount(0);
  await mentorPage.getByText('Opmerking bij Profiel', { exact: true }).click();
  await mentorPage.getByLabel('Je opmerking bij Profiel').fill('Maak je profieltekst korter: twee zinnen.');
  await mentorPage.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  const mentorComment = mentorPage.locator('.cv-comment').filter({ hasText: 'Maak je profieltekst korter' });
  await expect(mentorComment).toContainText('Koen Peeters · versie 1');
  await checkPhonePage(mentorPage, '80-cv-mentor-comment');

  // The mentee sees the comment beside her profile and marks it done.
  await menteePage.reload();
  const profile = menteePage.getByRole('region', { name: 'Profiel', exact: true });
  const comment = profile.locator('.cv-comment').filter({ hasText: 'Maak je profieltekst korter' });
  await expect(comment).toBeVisible();
  await expect(comment.getByRole('button', { name: 'Toch niet afgewerkt' })).toHaveCount(0);
  await checkPhonePage(menteePage, '81-cv-comment');
  await comment.getByRole('button', { name: 'Markeer als afgewerkt' }).click();
  await expect(comment).toContainText('afgewerkt');
  await expect(comment.getByRole('button', { name: 'Toch niet afgewerkt' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await checkPhonePage(menteePage, '82-cv-comment-done');

  // She downloads the PDF: its text has her name, the headings and the Arabic employer.
  fs.mkdirSync(downloadDir, { recursive: true });
  const pdfFile = await download(menteePage, 'PDF van versie 1', 'cv-v1.pdf');
  expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain(mentee.name);
  for (const heading of ['Profiel', 'Werkervaring', 'Vaardigheden', 'Talen'])
    expect(pdfText).toContain(heading);
  expect(pdfText).toContain('Wondzorg');
  // Her email under the name (ticked in the pre-filled first version); never a version number.
  expect(pdfText).toContain(mentee.email);
  expect(pdfText).not.toMatch(/Versie\s*\d/);
  // pdftotext may split Arabic words at ligatures; the letters stay in logical order.
  const letters = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
  expect(letters(pdfText)).toContain(letters(employer));
  // And the Europass CV (XML) with her name and the employer.
  const xml = fs.readFileSync(await download(menteePage, 'Europass (XML) van versie 1', 'cv-v1.xml'), 'utf8');
  expect(xml.startsWith('<?xml')).toBe(true);
  expect(xml).toContain('<FirstName>Amina</FirstName>');
  expect(xml).toContain('<Surname>Haddad</Surname>');
  expect(xml).toContain(employer);

  // She keeps track of an application; she moves it to the interview stage.
  await openMenuLink(menteePage, 'Sollicitaties');
  await expect(menteePage.getByRole('heading', { level: 1, name: 'Mijn sollicitaties' })).toBeVisible();
  const newApplication = menteePage.getByRole('form', { name: 'Nieuwe sollicitatie' });
  await newApplication.getByLabel('Werkgever').fill('AZ Sint-Lucas Gent');
  await newApplication.getByLabel('Functie').fill('Zorgkundige');
  await newApplication.getByLabel('Datum van sollicitatie').fill(brusselsDay(new Date(), -2));
  await newApplication.getByLabel('Via').selectOption('public_employment_service');
  await newApplication
    .getByLabel('Volgende stap', { exact: true })
    .fill('Gesprek met de hoofdverpleegkundige');
  await newApplication.getByLabel('Datum volgende stap').fill(brusselsDay(new Date(), 5));
  await newApplication.getByLabel('Meegestuurde cv-versie').fill('1');
  await newApplication.getByRole('button', { name: 'Sollicitatie bewaren' }).click();
  await expect(newApplication.getByText('De sollicitatie is bewaard.')).toBeVisible();
  const application = menteePage.locator('details.application').filter({ hasText: 'AZ Sint-Lucas Gent' });
  await expect(application.locator('summary')).toContainText('Zorgkundige · AZ Sint-Lucas Gent');
  await expect(application.locator('summary')).toContainText('Gesolliciteerd');
  await application.locator('summary').click();
  await application.getByLabel('Nieuwe fase').selectOption('interview');
  await application.getByRole('button', { name: 'Fase bewaren' }).click();
  await expect(application.locator('summary')).toContainText('Gesprek');
  await checkPhonePage(menteePage, '83-applications');

  // The mentor gives feedback on it.
  await openMenuLink(mentorPage, 'Mijn mentee');
  await mentorPage.getByRole('link', { name: `Sollicitaties van ${mentee.name}` }).click();
  const mentorApplication = mentorPage
    .locator('details.application')
    .filter({ hasText: 'AZ Sint-Lucas Gent' });
  await mentorApplication.locator('summary').click();
  await mentorApplication.getByLabel('Je feedback').fill('Vraag naar de opleiding tot verpleegkundige.');
  await mentorApplication.getByRole('button', { name: 'Feedback plaatsen' }).click();
  await expect(mentorApplication.getByText('Vraag naar de opleiding tot verpleegkundige.')).toBeVisible();
  await checkPhonePage(mentorPage, '84-applications-mentor-feedback');
  await menteePage.reload();
  await application.locator('summary').click();
  await expect(application.getByText('Vraag naar de opleiding tot verpleegkundige.')).toBeVisible();
  await expect(application).toContainText('Koen Peeters');

  // From the application she reports discrimination; only her coach reads it.
  await application.getByRole('link', { name: /Meld het aan je coach/ }).click();
  await menteePage.waitForURL('**/report-discrimination?application=*');
  await expect(menteePage.getByRole('heading', { level: 1, name: 'Discriminatie melden' })).toBeVisible();
  await expect(menteePage.getByLabel('Bij welke sollicitatie?')).toHaveValue(/[0-9a-f-]{36}/);
  await menteePage.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(menteePage.getByText('Schrijf kort wat er gebeurde.').first()).toBeVisible();
  await checkPhonePage(menteePage, '85-report-errors');
  await menteePage.getByRole('link', { name: /^Op grond van: Kies minstens één grond/ }).click();
  await expect(menteePage.getByRole('checkbox', { name: 'Afkomst' })).toBeFocused();
  await menteePage.getByLabel('Wanneer gebeurde het?').fill(brusselsDay(new Date(), -1));
  await menteePage
    .getByLabel('Wat gebeurde er?')
    .fill('Aan de telefoon vroeg men of ik een hoofddoek draag, en zei men dat dat niet kon.');
  await menteePage.getByRole('checkbox', { name: 'Geloof' }).check();
  await menteePage.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(menteePage.getByTestId('report-sent')).toContainText('Je melding is verstuurd');
  await expect(menteePage.getByTestId('report-sent')).toBeFocused();
  await checkPhonePage(menteePage, '86-report-sent');

  await openMenuLink(coachPage, 'Meldingen discriminatie');
  const report = coachPage.getByTestId('open-report').filter({ hasText: mentee.name });
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: 'Melding openen (wordt gelogd)' }).click();
  await expect(report).toContainText('hoofddoek');
  await expect(report).toContainText('Zorgkundige · AZ Sint-Lucas Gent');
  await checkPhonePage(coachPage, '87-discrimination-reports');
  await report.getByRole('button', { name: 'Markeer als behandeld' }).click();
  await expect(report.getByText('Vul dit veld in.')).toBeVisible();
  await report.getByLabel('Wat heb je gedaan?').fill('Met Amina gebeld; melding doorgegeven aan Unia.');
  await report.getByRole('button', { name: 'Markeer als behandeld' }).click();
  await expect(coachPage.getByText('Er zijn geen open meldingen.')).toBeVisible();

  // The coach plans the evaluation meeting: the duo is closing.
  await coachPage.goto(`/partnerships/${partnershipId}`);
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
  // The evaluation meeting is still ahead: completing now needs a reason.
  await complete.getByRole('button', { name: 'Traject afronden' }).click();
  await expect(complete.getByText(/Het evaluatiegesprek is nog niet gehouden/).first()).toBeVisible();
  await complete
    .getByLabel('Waarom vond het evaluatiegesprek niet plaats?')
    .fill('Beide evaluaties zijn binnen; het gesprek gebeurde telefonisch.');
  await complete.getByRole('button', { name: 'Traject afronden' }).click();
  await expect(coachPage.getByTestId('partnership-overview')).toContainText('Afgerond');
  await expect(coachPage.getByTestId('partnership-timeline')).toContainText('Resultaat: Stage');
  await checkPhonePage(coachPage, '75-partnership-completed');

  await menteePage.goto('/');
  await expect(menteePage.getByTestId('home-partnership')).toContainText('Afgerond');
  await checkPhonePage(menteePage, '76-mentee-home-completed');
});
