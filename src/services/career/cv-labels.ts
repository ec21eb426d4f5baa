import type { Locale } from '../../contracts/common.js';
import { countryNamer, languageNamer } from '../../contracts/language-names.js';

/** The words of a printed CV in the mentee's language (the web app's JSON files are not on the server). */
const labels = {
  nl: {
    cv: 'Curriculum vitae',
    version: 'Versie',
    profile: 'Profiel',
    experience: 'Werkervaring',
    education: 'Opleiding',
    skills: 'Vaardigheden',
    languages: 'Talen',
    motherTongue: 'Moedertaal',
    talents: 'Talenten',
    interests: 'Interesses',
    now: 'heden',
    recognised: { yes: 'erkend in België', no: 'niet erkend in België', pending: 'erkenning aangevraagd' },
    cefr: ['Luisteren', 'Lezen', 'Gesprekken voeren', 'Spreken', 'Schrijven'],
  },
  fr: {
    cv: 'Curriculum vitae',
    version: 'Version',
    profile: 'Profil',
    experience: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    languages: 'Langues',
    motherTongue: 'Langue maternelle',
    talents: 'Talents',
    interests: 'Centres d’intérêt',
    now: 'aujourd’hui',
    recognised: {
      yes: 'reconnu en Belgique',
      no: 'non reconnu en Belgique',
      pending: 'reconnaissance demandée',
    },
    cefr: ['Écouter', 'Lire', 'Prendre part à une conversation', 'S’exprimer oralement', 'Écrire'],
  },
  en: {
    cv: 'Curriculum vitae',
    version: 'Version',
    profile: 'Profile',
    experience: 'Work experience',
    education: 'Education',
    skills: 'Skills',
    languages: 'Languages',
    motherTongue: 'Mother tongue',
    talents: 'Talents',
    interests: 'Interests',
    now: 'present',
    recognised: {
      yes: 'recognised in Belgium',
      no: 'not recognised in Belgium',
      pending: 'recognition pending',
    },
    cefr: ['Listening', 'Reading', 'Spoken interaction', 'Spoken production', 'Writing'],
  },
} as const;

export type CvLabels = (typeof labels)[Locale];

export function cvLabels(locale: Locale): CvLabels {
  return labels[locale];
}

/** Names of languages and countries in the document's language (Intl and the reviewed table). */
export function nameFinder(locale: Locale) {
  return { language: languageNamer(locale), country: countryNamer(locale) };
}
