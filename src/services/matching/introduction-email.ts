import type { Locale } from '../../contracts/common.js';

/** The introduction after a confirmed match, in the recipient's language, inviting to the first meeting. */
export function introductionEmail(
  locale: Locale,
  input: { firstName: string; other: string; role: 'mentee' | 'mentor'; coach: string },
) {
  const { firstName, other, coach } = input;
  switch (locale) {
    case 'fr':
      return {
        subject: 'Votre binôme Mentor2Work',
        text: `Bonjour ${firstName},\n\nBonne nouvelle : nous vous proposons ${input.role === 'mentee' ? 'un mentor' : 'un·e mentoré·e'} : ${other}.\n${coach}, votre coach, vous invitera bientôt à une première rencontre à trois pour faire connaissance. Après cette rencontre, vous pourrez chacun dire oui ou non.\n\nL'équipe Mentor2Work`,
      };
    case 'en':
      return {
        subject: 'Your Mentor2Work match',
        text: `Hello ${firstName},\n\nGood news: we propose ${input.role === 'mentee' ? 'a mentor' : 'a mentee'} for you: ${other}.\n${coach}, your coach, will soon invite you both to a first meeting together to get to know each other. After that meeting each of you can say yes or no.\n\nThe Mentor2Work team`,
      };
    default:
      return {
        subject: 'Je duo bij Mentor2Work',
        text: `Hallo ${firstName},\n\nGoed nieuws: we stellen je ${input.role === 'mentee' ? 'een mentor' : 'een mentee'} voor: ${other}.\n${coach}, je coach, nodigt jullie binnenkort uit voor een eerste kennismaking met z'n drieën. Na dat gesprek kan ieder van jullie ja of nee zeggen.\n\nHet Mentor2Work-team`,
      };
  }
}
