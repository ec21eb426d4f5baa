import fs from 'node:fs';
import type { Locale } from '../../contracts/common.js';
import { privacyVersionFileSchema } from '../../contracts/privacy.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { currentPrivacyVersion, type PrivacyVersion } from '../../domain/privacy/privacy-versions.js';
import type { Deps } from '../context.js';

/** The first published text (November 2026), shown in the application wizard from the start. */
const texts2026November: PrivacyVersion['texts'] = {
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

/**
 * Every published version of the privacy text, oldest first. To publish a new one, add an entry
 * (a new id, the day it applies, the texts and what changed, in nl, fr and en) and deploy: people who
 * accepted an older version are asked to read and accept it at their next sign-in (docs/privacy.md).
 * Never edit an entry once it is in force; its id is stored with every acceptance.
 */
export const publishedPrivacyVersions: readonly PrivacyVersion[] = [
  { id: '2026-11', inForce: '2026-11-01', texts: texts2026November, changes: null },
];

/**
 * The published versions and those of a file (PRIVACY_EXTRA_VERSIONS_FILE): a browser test or a
 * rehearsal of a new text before it is written into the list. A wrong file stops the start.
 */
export function withExtraPrivacyVersions(file: string): readonly PrivacyVersion[] {
  const extra = parseStoredJson(privacyVersionFileSchema, fs.readFileSync(file, 'utf8'), file);
  const ids = new Set(publishedPrivacyVersions.map((v) => v.id));
  const clash = extra.find((v) => ids.has(v.id));
  if (clash) throw new Error(`${file}: version ${clash.id} is already published`);
  return [...publishedPrivacyVersions, ...extra];
}

/** The versions this installation knows: the published ones, plus any a test or rehearsal adds. */
export function privacyVersionsOf(deps: Pick<Deps, 'privacyVersions'>): readonly PrivacyVersion[] {
  return deps.privacyVersions ?? publishedPrivacyVersions;
}

/** The version in force today. */
export function currentPrivacyVersionOf(deps: Pick<Deps, 'privacyVersions' | 'now'>): PrivacyVersion {
  return currentPrivacyVersion(privacyVersionsOf(deps), deps.now().toISOString().slice(0, 10));
}

/** The text of the version in force, in one language (the application wizard, the update page). */
export function privacyText(deps: Pick<Deps, 'privacyVersions' | 'now'>, locale: Locale) {
  const current = currentPrivacyVersionOf(deps);
  return {
    version: current.id,
    inForce: current.inForce,
    locale,
    title: current.texts[locale].title,
    paragraphs: [...current.texts[locale].paragraphs],
  };
}
