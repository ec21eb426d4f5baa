import ical from 'ical-generator';
import type { Locale } from '../../contracts/common.js';
import type { EmailAttachment } from '../mail/mailer.js';

/** Emails about a pair's meetings, in the recipient's language, with the meeting as a calendar file. */
const when = (locale: Locale, at: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(at);

export function meetingTitle(locale: Locale, kind: string, other: string): string {
  const titles = {
    nl: { introduction: 'Kennismaking', evaluation: 'Evaluatie', regular: 'Mentorgesprek' },
    fr: {
      introduction: 'Rencontre de présentation',
      evaluation: 'Évaluation',
      regular: 'Rencontre de mentorat',
    },
    en: { introduction: 'Introduction', evaluation: 'Evaluation', regular: 'Mentoring meeting' },
  }[locale];
  return `Mentor2Work: ${titles[kind as keyof typeof titles] ?? titles.regular} - ${other}`;
}

export function meetingPlannedEmail(
  locale: Locale,
  input: {
    firstName: string;
    other: string;
    kind: string;
    startsAt: Date;
    place: string | null;
    videoUrl: string | null;
  },
) {
  const where = input.videoUrl ?? input.place ?? '';
  const at = when(locale, input.startsAt);
  switch (locale) {
    case 'fr':
      return {
        subject: meetingTitle(locale, input.kind, input.other),
        text: `Bonjour ${input.firstName},\n\nUne rencontre avec ${input.other} est prévue le ${at}.\nLieu : ${where}\n\nLe fichier joint l'ajoute à votre agenda.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: meetingTitle(locale, input.kind, input.other),
        text: `Hello ${input.firstName},\n\nA meeting with ${input.other} is planned on ${at}.\nWhere: ${where}\n\nThe attached file adds it to your calendar.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: meetingTitle(locale, input.kind, input.other),
        text: `Hallo ${input.firstName},\n\nEr is een afspraak met ${input.other} gepland op ${at}.\nWaar: ${where}\n\nMet het bijgevoegde bestand zet je het in je agenda.\n\nHet Mentor2Work-team`,
      };
  }
}

export function meetingInvite(input: {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
}): EmailAttachment {
  const calendar = ical({ name: 'Mentor2Work', method: undefined });
  calendar.createEvent({
    id: `meeting-${input.id}@mentor2work`,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.title,
    location: input.place ?? input.videoUrl ?? null,
    url: input.videoUrl ?? null,
  });
  return { filename: 'meeting.ics', contentType: 'text/calendar', content: calendar.toString() };
}

export function planningReminderEmail(locale: Locale, input: { firstName: string; other: string }) {
  switch (locale) {
    case 'fr':
      return {
        subject: 'Mentor2Work : planifiez votre prochaine rencontre',
        text: `Bonjour ${input.firstName},\n\nAucune rencontre avec ${input.other} n'est prévue dans les deux prochaines semaines. Le programme prévoit au moins deux rencontres par mois : convenez d'une date et ajoutez-la sur votre page Mentor2Work.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Mentor2Work: plan your next meeting',
        text: `Hello ${input.firstName},\n\nNo meeting with ${input.other} is planned in the next two weeks. The programme asks for at least two meetings a month: agree on a date and add it on your Mentor2Work page.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Mentor2Work: plan jullie volgende afspraak',
        text: `Hallo ${input.firstName},\n\nEr staat de komende twee weken geen afspraak met ${input.other} gepland. Het programma vraagt minstens twee afspraken per maand: spreek een datum af en zet die op je Mentor2Work-pagina.\n\nHet Mentor2Work-team`,
      };
  }
}

export function offTrackAlertEmail(
  locale: Locale,
  input: { coach: string; pair: string; rule: string; link: string },
) {
  switch (locale) {
    case 'fr':
      return {
        subject: `Mentor2Work : ${input.pair} décroche`,
        text: `Bonjour ${input.coach},\n\nLe binôme ${input.pair} n'est plus sur la bonne voie (règle : ${input.rule}).\n${input.link}\n\nMentor2Work`,
      };
    case 'en':
      return {
        subject: `Mentor2Work: ${input.pair} is off track`,
        text: `Hello ${input.coach},\n\nThe pair ${input.pair} has gone off track (rule: ${input.rule}).\n${input.link}\n\nMentor2Work`,
      };
    default:
      return {
        subject: `Mentor2Work: ${input.pair} loopt niet meer volgens plan`,
        text: `Hallo ${input.coach},\n\nHet duo ${input.pair} loopt niet meer volgens plan (regel: ${input.rule}).\n${input.link}\n\nMentor2Work`,
      };
  }
}
