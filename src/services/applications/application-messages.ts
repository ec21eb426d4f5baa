import type { Locale } from '../../contracts/common.js';

/** The confirmation email after an application, in the applicant's language. */
export function applicationConfirmationEmail(
  locale: Locale,
  input: { firstName: string; kind: 'mentee' | 'mentor'; linked: boolean },
) {
  const { firstName, kind, linked } = input;
  switch (locale) {
    case 'fr':
      return {
        subject: 'Nous avons bien reçu votre candidature – Mentor2Work',
        text: `Bonjour ${firstName},\n\n${linked ? 'Nous avions déjà votre candidature ; nous y avons ajouté ces nouvelles informations.' : `Merci pour votre candidature comme ${kind === 'mentee' ? 'mentoré·e' : 'mentor'} chez Mentor2Work.`}\nUn·e coach vous contactera dans les deux semaines pour fixer un entretien.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'We received your application – Mentor2Work',
        text: `Hello ${firstName},\n\n${linked ? 'We already had your application; we added this new information to it.' : `Thank you for applying as a ${kind} with Mentor2Work.`}\nA coach will contact you within two weeks to plan a conversation.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'We hebben je aanmelding ontvangen – Mentor2Work',
        text: `Hallo ${firstName},\n\n${linked ? 'We hadden je aanmelding al; we hebben deze nieuwe gegevens eraan toegevoegd.' : `Bedankt voor je aanmelding als ${kind} bij Mentor2Work.`}\nEen coach neemt binnen twee weken contact met je op om een gesprek te plannen.\n\nHet Mentor2Work-team`,
      };
  }
}

/** The intake invitation, with a calendar file attached. */
export function intakeEmail(
  locale: Locale,
  input: { firstName: string; when: Date; place: string | null; videoUrl: string | null; coach: string },
) {
  const formatted = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(input.when);
  const where = input.place ?? input.videoUrl ?? '';
  switch (locale) {
    case 'fr':
      return {
        subject: 'Votre entretien d’accueil Mentor2Work',
        text: `Bonjour ${input.firstName},\n\n${input.coach} vous attend pour un entretien d'accueil le ${formatted}.\nLieu : ${where}\n\nLe rendez-vous est joint comme fichier de calendrier.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Your Mentor2Work intake interview',
        text: `Hello ${input.firstName},\n\n${input.coach} looks forward to meeting you for an intake interview on ${formatted}.\nWhere: ${where}\n\nThe appointment is attached as a calendar file.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Je intakegesprek bij Mentor2Work',
        text: `Hallo ${input.firstName},\n\n${input.coach} verwacht je voor een intakegesprek op ${formatted}.\nWaar: ${where}\n\nDe afspraak zit als agendabestand in de bijlage.\n\nHet Mentor2Work-team`,
      };
  }
}

/** The invitation to an account after a positive decision. */
export function participantInvitationEmail(locale: Locale, input: { firstName: string; link: string }) {
  switch (locale) {
    case 'fr':
      return {
        subject: 'Votre compte Mentor2Work',
        text: `Bonjour ${input.firstName},\n\nBonne nouvelle : vous pouvez commencer chez Mentor2Work. Créez votre compte avec ce lien (valable 7 jours) pour voir et corriger vos données :\n\n${input.link}\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Your Mentor2Work account',
        text: `Hello ${input.firstName},\n\nGood news: you can start with Mentor2Work. Create your account with this link (valid 7 days) to see and correct your details:\n\n${input.link}\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Je account bij Mentor2Work',
        text: `Hallo ${input.firstName},\n\nGoed nieuws: je kunt starten bij Mentor2Work. Maak je account aan met deze link (7 dagen geldig) om je gegevens te bekijken en te verbeteren:\n\n${input.link}\n\nHet Mentor2Work-team`,
      };
  }
}
