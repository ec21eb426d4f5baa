import type { Locale } from '../../contracts/common.js';

const dateLocale: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The reminder the day before a training session, in the participant's language. */
export function trainingReminderEmail(
  locale: Locale,
  input: { firstName: string; title: string; startsAt: Date; endsAt: Date; where: string; trainer: string },
) {
  const format = new Intl.DateTimeFormat(dateLocale[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const when = format.formatRange(input.startsAt, input.endsAt);
  switch (locale) {
    case 'fr':
      return {
        subject: `Rappel : ${input.title} demain`,
        text: `Bonjour ${input.firstName},\n\nPetit rappel : demain, vous participez à « ${input.title} ».\n\nQuand : ${when}\nOù : ${input.where}\nFormateur·rice : ${input.trainer}\n\nVous ne pouvez pas venir ? Annulez votre inscription dans Mentor2Work pour libérer votre place.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: `Reminder: ${input.title} tomorrow`,
        text: `Hello ${input.firstName},\n\nA reminder: tomorrow you take part in "${input.title}".\n\nWhen: ${when}\nWhere: ${input.where}\nTrainer: ${input.trainer}\n\nCan't come? Cancel your registration in Mentor2Work so someone else can take your place.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: `Herinnering: ${input.title} morgen`,
        text: `Hallo ${input.firstName},\n\nEen herinnering: morgen neem je deel aan "${input.title}".\n\nWanneer: ${when}\nWaar: ${input.where}\nTrainer: ${input.trainer}\n\nKun je niet komen? Schrijf je dan uit in Mentor2Work, zodat iemand anders je plaats krijgt.\n\nHet Mentor2Work-team`,
      };
  }
}
