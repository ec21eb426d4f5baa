import type { Locale } from '../../contracts/common.js';

/**
 * The privacy text an applicant consents to, per language. A new version gets a new `version`;
 * each consent records the version and language it was given in.
 */
export const currentPrivacyVersion = '2026-11';

const texts: Record<Locale, { title: string; paragraphs: string[] }> = {
  nl: {
    title: 'Hoe we met je gegevens omgaan',
    paragraphs: [
      'Mentor2Work gebruikt je gegevens alleen om je te begeleiden: om een intakegesprek te plannen, een goede mentor of mentee voor je te zoeken en je traject op te volgen.',
      'Alleen je coach en de programmabeheerders zien je gegevens. Je mentor of mentee ziet alleen wat nodig is voor jullie samenwerking.',
      'De financier van het programma ziet alleen cijfers over groepen van minstens vijf mensen, nooit jou persoonlijk.',
      'Je migratieachtergrond bewaren we alleen als je daar apart toestemming voor geeft. Je kunt die toestemming altijd intrekken.',
      'Je mag je gegevens altijd inkijken, laten verbeteren of laten wissen. Vraag het aan je coach.',
    ],
  },
  fr: {
    title: 'Comment nous traitons vos données',
    paragraphs: [
      'Mentor2Work utilise vos données uniquement pour vous accompagner : planifier un entretien d’accueil, trouver un bon mentor ou un·e bon·ne mentoré·e et suivre votre parcours.',
      'Seuls votre coach et les administrateurs du programme voient vos données. Votre mentor ou mentoré·e ne voit que ce qui est utile à votre collaboration.',
      'Le financeur du programme ne voit que des chiffres sur des groupes d’au moins cinq personnes, jamais vous personnellement.',
      'Nous ne conservons votre parcours migratoire que si vous donnez un accord séparé. Vous pouvez retirer cet accord à tout moment.',
      'Vous pouvez toujours consulter, faire corriger ou faire effacer vos données. Demandez-le à votre coach.',
    ],
  },
  en: {
    title: 'How we handle your data',
    paragraphs: [
      'Mentor2Work uses your data only to support you: to plan an intake interview, to find a good mentor or mentee for you and to follow your journey.',
      'Only your coach and the programme administrators see your data. Your mentor or mentee sees only what your work together needs.',
      'The programme’s funder sees only figures about groups of at least five people, never you personally.',
      'We keep your migration background only if you give separate consent. You can withdraw that consent at any time.',
      'You can always see, correct or have your data deleted. Ask your coach.',
    ],
  },
};

export function privacyText(locale: Locale) {
  return { version: currentPrivacyVersion, locale, ...texts[locale] };
}
