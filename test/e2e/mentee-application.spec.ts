import { expect, type Locator, type Page, test } from '@playwright/test';
import { checkPage, latestEmailTo, seedCoach, totpCode } from './support.js';

const phone = { width: 360, height: 800 };

/** checkPage measures at 360 and 1280 px and leaves the page at desktop width: back to the phone. */
async function checkPhonePage(page: Page, name: string) {
  await checkPage(page, name);
  await page.setViewportSize(phone);
}

/** Chooses the option of an open reference picker whose main line is exactly `label`. */
async function chooseOption(page: Page, label: string) {
  await page
    .getByRole('option')
    .filter({ has: page.getByText(label, { exact: true }) })
    .click();
}

/**
 * Every option of a language picker shows a name, never its bare code: Chromium's trimmed ICU has no
 * names for Tarifit, Tachelhit, Kabyle, Standard Amazigh or Fula, the reviewed table fills them in.
 */
async function expectNamedLanguages(select: Locator, expected: Record<string, string>) {
  const options = await select
    .locator('option')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ code: (node as HTMLOptionElement).value, name: node.textContent ?? '' })),
    );
  const offered = options.filter((option) => option.code !== '');
  expect(offered.length).toBeGreaterThan(40);
  expect(offered.filter((option) => option.name.trim().toLowerCase() === option.code)).toEqual([]);
  for (const [code, name] of Object.entries(expected))
    expect(offered.find((option) => option.code === code)?.name).toBe(name);
}

/** A date `days` from today as the value of an <input type="date">. */
function dateInDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// The intake journey: a mentee applies in French on a phone; a coach in Dutch takes the application
// from the regional inbox, plans the intake, records the assessment and marks the mentee ready to
// match; the mentee accepts the account invitation and sees their profile.
test('a mentee applies in French on a phone, a coach assesses her in Dutch, she opens her profile', async ({
  page,
  browser,
}) => {
  // The longest journey of the suite (two people, about forty steps, twelve pages checked by axe at
  // two widths): it gets twice the suite's time, so a busy machine does not cut it off half-way.
  test.setTimeout(240_000);
  const menteeEmail = `amina.haddad.${Date.now()}@example.be`;
  await page.setViewportSize(phone);

  // The programme page, switched to French.
  await page.goto('/apply');
  await page.getByTestId('language-switch').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'S’inscrire à Mentor2Work' })).toBeVisible();
  await checkPhonePage(page, '20-apply');
  await page.getByRole('link', { name: 'M’inscrire comme chercheur d’emploi' }).click();
  await page.waitForURL('**/apply/mentee');
  const wizard = page.locator('form').filter({ has: page.getByRole('heading', { level: 2 }) });
  const stepTitle = (name: string) => page.getByRole('heading', { level: 2, name });
  const next = () => page.getByRole('button', { name: 'Suivant' }).click();

  // Step 1: about you. Next without answers names the problems first.
  await expect(stepTitle('Vous')).toBeVisible();
  await expect(page.getByText('Étape 1 sur 8')).toBeVisible();
  await next();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkPhonePage(page, '21-apply-about-errors');
  await page.getByLabel('Prénom').fill('Amina');
  await page.getByLabel('Nom de famille').fill('Haddad');
  await page.getByLabel('Adresse e-mail').fill(menteeEmail);
  await page.getByLabel('Numéro de téléphone (facultatif)').fill('0470 12 34 56');
  await page.getByLabel('Date de naissance').fill('1988-03-14');
  await checkPhonePage(page, '22-apply-about');
  await next();

  // Step 2: postcode through the picker, and three languages.
  await expect(stepTitle('Où vous habitez et vos langues')).toBeVisible();
  await page.getByRole('combobox', { name: 'Code postal' }).fill('9000');
  await page
    .getByRole('option', { name: /^9000 Gent/ })
    .first()
    .click();
  await expect(page.getByRole('combobox', { name: 'Code postal' })).toHaveValue('9000 Gent');
  await expectNamedLanguages(page.getByLabel('Langue 1', { exact: true }), {
    kab: 'kabyle',
    rif: 'tarifit (rifain)',
    ff: 'peul',
  });
  await page.getByLabel('Langue 1', { exact: true }).selectOption('ar');
  await page.getByLabel('Niveau de la langue 1').selectOption({ label: 'Langue maternelle' });
  await page.getByRole('button', { name: 'Ajouter une langue' }).click();
  await page.getByLabel('Langue 2', { exact: true }).selectOption('fr');
  await page
    .getByLabel('Niveau de la langue 2')
    .selectOption({ label: 'B1 – les conversations de tous les jours' });
  await page.getByRole('button', { name: 'Ajouter une langue' }).click();
  await page.getByLabel('Langue 3', { exact: true }).selectOption('nl');
  await page.getByLabel('Niveau de la langue 3').selectOption({ label: 'A2 – des phrases simples' });
  await checkPhonePage(page, '23-apply-home');
  await next();

  // Step 3: seven years as a nurse in Syria, the occupation from the ESCO list.
  await expect(stepTitle('Votre expérience de travail')).toBeVisible();
  await page.getByLabel('Années d’expérience de travail').fill('7');
  await page.getByRole('button', { name: 'Ajouter un emploi' }).click();
  const job = page.getByRole('group', { name: 'Emploi 1' });
  await job.getByRole('combobox', { name: 'Métier' }).fill('infirmier de soins');
  await chooseOption(page, 'infirmier de soins généraux/infirmière de soins généraux');
  await expect(job.getByRole('combobox', { name: 'Métier' })).toHaveValue(
    'infirmier de soins généraux/infirmière de soins généraux',
  );
  await job.getByLabel('Pays').selectOption('SY');
  await job.getByLabel('Nombre d’années').fill('7');
  await checkPhonePage(page, '24-apply-work');
  await next();

  // Step 4: a nursing degree from Syria, not recognised in Belgium.
  await expect(stepTitle('Vos études')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une école ou un diplôme' }).click();
  const school = page.getByRole('group', { name: 'École ou diplôme 1' });
  await school.getByLabel('Niveau').selectOption({ label: 'Haute école ou université' });
  await school.getByLabel('Orientation (facultatif)').fill('Soins infirmiers');
  await school.getByLabel('Pays').selectOption('SY');
  await school
    .getByRole('group', { name: 'Ce diplôme est-il reconnu en Belgique ?' })
    .getByRole('radio', { name: 'Non' })
    .check();
  await checkPhonePage(page, '25-apply-education');
  await next();

  // Step 5: the sector, found by a word of the hint. Job seekers choose among the NACE sections;
  // the coach narrows it to a division at the intake.
  await expect(stepTitle('Ce que vous cherchez')).toBeVisible();
  await expect(page.getByText('Par exemple : santé, construction')).toBeVisible();
  await page.getByRole('combobox', { name: 'Secteur' }).fill('santé');
  await chooseOption(page, 'Santé humaine et action sociale');
  await expect(page.getByRole('combobox', { name: 'Secteur' })).toHaveValue(
    'Santé humaine et action sociale',
  );
  await checkPhonePage(page, '26-apply-aims');
  await next();

  // Step 6: migrant background, the privacy statement, and the optional consent to keep the countries.
  await expect(stepTitle('Votre parcours et la vie privée')).toBeVisible();
  await page.getByRole('radio', { name: 'Oui, je suis venu en Belgique depuis un autre pays' }).check();
  await page
    .getByRole('checkbox', { name: 'J’ai lu la déclaration de confidentialité et je suis d’accord.' })
    .check();
  await page
    .getByRole('checkbox', {
      name: 'J’accepte que Mentor2Work garde aussi les pays de mon parcours (facultatif).',
    })
    .check();
  await page.getByLabel('Votre pays de naissance (facultatif)').selectOption('SY');
  await checkPhonePage(page, '27-apply-background');
  await next();

  // Step 7: how she heard of the programme.
  await expect(stepTitle('Comment vous nous avez connus')).toBeVisible();
  await page.getByRole('radio', { name: 'Par une association' }).check();
  await checkPhonePage(page, '28-apply-heard');
  await next();

  // Step 8: review and send.
  await expect(stepTitle('Vérifier et envoyer')).toBeVisible();
  await expect(wizard).toContainText('9000 Gent');
  await expect(wizard).toContainText('non reconnu en Belgique');
  await checkPhonePage(page, '29-apply-review');
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  const result = page.getByTestId('application-result');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Merci ! Nous avons reçu votre demande');
  await expect(result).toContainText(menteeEmail);
  // A sent application leaves no draft behind in the tab.
  expect(await page.evaluate(() => window.sessionStorage.getItem('m2w.application.mentee'))).toBeNull();
  await checkPhonePage(page, '30-apply-sent');
  expect(latestEmailTo(menteeEmail)).toContain('Amina');

  // The coach of a Flemish association signs in, in Dutch, with two-factor.
  // Unique per run: the demo data (another journey) may have a "Kleurrijk Gent" already.
  const associationName = `Vzw Samen Gent ${Date.now() % 100_000}`;
  const coach = await seedCoach({
    associationName,
    region: 'VLG',
    coachName: 'Fatou Diallo',
    email: `fatou.${Date.now()}@kleurrijk.example`,
  });
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  await coachPage.goto('/sign-in');
  await coachPage.getByLabel('E-mailadres').fill(coach.email);
  await coachPage.getByLabel('Wachtwoord').fill(coach.password);
  await coachPage.getByRole('button', { name: 'Inloggen' }).click();
  await coachPage.waitForURL('**/two-factor');
  await coachPage.getByLabel('Code van 6 cijfers').fill(totpCode(coach.totpSecret));
  await coachPage.getByRole('button', { name: 'Controleren' }).click();

  // The application waits in the regional inbox of the Flemish Region.
  await expect(coachPage.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible();
  const row = coachPage.getByTestId('caseload-table').getByRole('row').filter({ hasText: 'Amina Haddad' });
  await expect(row).toContainText('Regionale inbox');
  await expect(row).toContainText('Aangemeld');
  await expect(row).toContainText('Vlaams Gewest');
  await checkPage(coachPage, '31-caseload-inbox');
  await row.getByRole('link', { name: 'Amina Haddad' }).click();
  await expect(coachPage.getByRole('heading', { level: 1, name: 'Amina Haddad' })).toBeVisible();
  await checkPage(coachPage, '32-person-inbox');

  // She is taken on by the coach's association.
  await coachPage.getByRole('button', { name: 'Opnemen in mijn vereniging' }).click();
  await expect(coachPage.getByRole('button', { name: 'Opnemen in mijn vereniging' })).toBeHidden();
  await expect(coachPage.locator('.person-lead')).toContainText(associationName);

  // The intake, next week in the association's office.
  const intake = coachPage.getByTestId('intake-form');
  await intake.getByLabel('Dag', { exact: true }).fill(dateInDays(7));
  await intake.getByLabel('Uur', { exact: true }).fill('10:30');
  await intake.getByLabel('Duur', { exact: true }).selectOption({ label: '60 minuten' });
  await intake.getByRole('radio', { name: 'Op een plaats' }).check();
  await intake
    .getByLabel('Plaats', { exact: true })
    .fill('Kleurrijk Gent, Sint-Pietersnieuwstraat 12, 9000 Gent');
  await intake.getByRole('button', { name: 'Intake plannen en uitnodiging sturen' }).click();
  await expect(coachPage.getByText('De intake is gepland.', { exact: false })).toBeVisible();
  await expect(coachPage.getByTestId('intake-planned')).toContainText('Sint-Pietersnieuwstraat 12');
  await expect(latestEmailTo(menteeEmail)).toContain('Sint-Pietersnieuwstraat 12');
  await checkPage(coachPage, '33-person-intake-planned');

  // The assessment, in Dutch: the health division within the section she chose.
  const assessment = coachPage.getByTestId('assessment-form');
  const sector = assessment.getByRole('combobox', { name: 'Sector' });
  await sector.fill('gezondheidszorg');
  await chooseOption(coachPage, 'Menselijke gezondheidszorg');
  await expect(sector).toHaveValue('Menselijke gezondheidszorg');
  await assessment.getByRole('combobox', { name: 'Beroep' }).fill('algemeen verpleeg');
  await chooseOption(coachPage, 'algemeen verpleegkundige');
  await expect(assessment.getByRole('combobox', { name: 'Beroep' })).toHaveValue('algemeen verpleegkundige');
  // The languages of the application come in as a first draft; the coach sets what she heard.
  await expect(assessment.getByLabel('Taal 3', { exact: true })).toHaveValue('nl');
  await expectNamedLanguages(assessment.getByLabel('Taal 3', { exact: true }), {
    kab: 'Kabylisch',
    shi: 'Tachelhit (Tashelhiyt)',
    zgh: 'Standaard Marokkaans Tamazight',
  });
  await assessment.getByLabel('Begrijpen (taal 3)').selectOption('B1');
  await assessment.getByLabel('Spreken (taal 3)').selectOption('A2');
  await assessment.getByLabel('Schrijven (taal 3)').selectOption('A2');
  await assessment.getByLabel('Begrijpen (taal 2)').selectOption('B2');
  await assessment.getByRole('group', { name: 'Motivatie' }).getByRole('radio', { name: '5' }).check();
  await assessment.getByRole('checkbox', { name: 'maandag, Voormiddag' }).check();
  await assessment.getByRole('checkbox', { name: 'woensdag, Namiddag' }).check();
  await assessment.getByRole('checkbox', { name: 'zaterdag, Voormiddag' }).check();
  await expect(assessment.getByRole('combobox', { name: 'Postcode' })).toHaveValue('9000 Gent');
  await expect(assessment.getByRole('checkbox', { name: 'Spreekt af op een plaats' })).toBeChecked();
  await assessment.getByRole('checkbox', { name: 'Spreekt online af' }).check();
  await assessment
    .getByLabel('Opmerkingen over afspraken (niet verplicht)')
    .fill('Liefst in de buurt van Gent-Sint-Pieters');
  await assessment.getByRole('checkbox', { name: 'Nederlands' }).check();
  await assessment.getByRole('checkbox', { name: 'Oriëntatie in de sector' }).check();
  await assessment
    .getByLabel('Notities van de coach')
    .fill('Ervaren verpleegkundige; diploma laten erkennen via NARIC.');
  // She came by the office today, before the planned date: the coach records the intake as held.
  await assessment
    .getByRole('checkbox', { name: 'De intake vond al plaats (bijvoorbeeld een inloopgesprek)' })
    .check();
  await assessment.getByRole('button', { name: 'Intakeverslag bewaren' }).click();
  await expect(
    coachPage.getByText('De intake is geregistreerd als gehouden en het verslag is bewaard.'),
  ).toBeVisible();
  await checkPage(coachPage, '34-person-assessed');

  // Ready to match: the mentee is invited to an account.
  const decision = coachPage.getByTestId('decision-form');
  await decision.getByRole('radio', { name: 'Klaar voor koppeling' }).check();
  await decision.getByLabel('Toelichting (niet verplicht)').fill('Klaar voor een mentor uit de zorg.');
  await decision.getByRole('button', { name: 'Beslissing bewaren' }).click();
  await expect(coachPage.getByText('De beslissing is bewaard.')).toBeVisible();
  await expect(coachPage.locator('.person-lead')).toContainText('Klaar voor koppeling');
  const history = coachPage.getByTestId('status-history');
  for (const status of ['Aangemeld', 'Intake gepland', 'Intake gedaan', 'Klaar voor koppeling'])
    await expect(history.getByText(status, { exact: true }).first()).toBeVisible();
  await expect(history).toContainText('Fatou Diallo');
  await expect(history).toContainText('Klaar voor een mentor uit de zorg.');
  await checkPage(coachPage, '35-person-ready');

  // The caseload shows her as ready to match in the association.
  await coachPage.getByRole('link', { name: 'Terug naar de caseload' }).click();
  const readyRow = coachPage
    .getByTestId('caseload-table')
    .getByRole('row')
    .filter({ hasText: 'Amina Haddad' });
  await expect(readyRow).toContainText('Klaar voor koppeling');
  await expect(readyRow).toContainText(associationName);
  await checkPage(coachPage, '36-caseload-ready');
  await coachContext.close();

  // The invitation email (French, like her application) and its link.
  const invitationEmail = latestEmailTo(menteeEmail) ?? '';
  const invitationLink = invitationEmail.match(/https?:\/\/\S+\/invitation#token=[A-Za-z0-9_-]+/)?.[0];
  expect(invitationLink, invitationEmail).toBeDefined();

  // Back on her phone: she creates her account.
  await page.setViewportSize(phone);
  await page.goto(invitationLink!.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { level: 1, name: 'Créez votre compte' })).toBeVisible();
  await expect(page.getByText(menteeEmail)).toBeVisible();
  await checkPhonePage(page, '37-invitation-mentee');
  await page.getByLabel('Nom complet').fill('Amina Haddad');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('jasmin et cannelle sur la lys');
  await page.getByLabel('Répétez le nouveau mot de passe').fill('jasmin et cannelle sur la lys');
  await expect(page.locator('main').getByLabel('Langue', { exact: true })).toHaveValue('fr');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue, Amina Haddad' })).toBeVisible();
  await checkPhonePage(page, '38-mentee-home');

  // Her profile, through the menu of the phone layout.
  await page.getByTestId('nav-toggle').click();
  await page.getByRole('navigation').getByRole('link', { name: 'Mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  const ownData = page.getByRole('region', { name: 'Mes données', exact: true });
  await expect(ownData).toContainText('Amina Haddad');
  await expect(ownData).toContainText(menteeEmail);
  await expect(ownData).toContainText('Prêt pour un binôme');
  await expect(ownData).toContainText(associationName);
  await expect(page.getByRole('combobox', { name: 'Code postal' })).toHaveValue('9000 Gent');
  // The sector and occupation are not checked by name: the server's reference search finds items by
  // their label only, so a saved code ("86", "esco:2221.2") cannot be turned back into a label.
  const ownAssessment = page.getByRole('region', { name: 'Ce que votre coach a noté' });
  await expect(ownAssessment).toContainText('9000');
  await expect(ownAssessment).toContainText('néerlandais (B1/A2/A2)');
  await expect(ownAssessment).not.toContainText('NARIC');
  await checkPhonePage(page, '39-mentee-profile');
});
