import type { Locale } from '../../contracts/common.js';

/**
 * Tells the coaches of a mentor's association that a sister association proposed a partnership
 * with their mentor (a shared mentor), in the coach's language.
 */
export function sharedMentorEmail(
  locale: Locale,
  input: { mentor: string; mentee: string; menteeAssociation: string; coach: string },
) {
  const { mentor, mentee, menteeAssociation, coach } = input;
  switch (locale) {
    case 'fr':
      return {
        subject: `${mentor} est proposé·e comme mentor par ${menteeAssociation}`,
        text: `Bonjour,\n\n${coach} (${menteeAssociation}) propose votre mentor ${mentor} à ${mentee}. ${menteeAssociation} suit ce binôme ; ${coach} organisera la première rencontre.\n\nVous recevez ce message parce que votre association partage ses mentors avec les associations de sa région.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: `${menteeAssociation} proposes ${mentor} as a mentor`,
        text: `Hello,\n\n${coach} (${menteeAssociation}) proposes your mentor ${mentor} to ${mentee}. ${menteeAssociation} follows this pair; ${coach} will arrange the first meeting.\n\nYou receive this because your association shares its mentors with the associations of its region.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: `${menteeAssociation} stelt ${mentor} voor als mentor`,
        text: `Hallo,\n\n${coach} (${menteeAssociation}) stelt jullie mentor ${mentor} voor aan ${mentee}. ${menteeAssociation} volgt dit duo op; ${coach} plant de eerste kennismaking.\n\nJe krijgt dit bericht omdat jullie vereniging haar mentoren deelt met de verenigingen van haar regio.\n\nHet Mentor2Work-team`,
      };
  }
}
