import type { Locale } from '../../contracts/common.js';
import { countryNamer, languageNamer } from '../../contracts/language-names.js';

/** The words of a printed CV in the mentee's language (the web app's JSON files are not on the server). */
const labels = {
  nl: {
    cv: 'Curriculum vitae',
    wish: {
      both: 'Ik zoek werk als {occupation} in de sector {sector}.',
      sector: 'Ik zoek werk in de sector {sector}.',
    },
    educationLevels: {
      none: 'Geen diploma',
      primary: 'Lager onderwijs',
      secondary: 'Secundair onderwijs',
      vocational: 'Beroepsopleiding',
      higher: 'Hoger onderwijs',
    },
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
    wish: {
      both: 'Je cherche un emploi de {occupation} dans le secteur {sector}.',
      sector: 'Je cherche un emploi dans le secteur {sector}.',
    },
    educationLevels: {
      none: 'Sans diplôme',
      primary: 'Enseignement primaire',
      secondary: 'Enseignement secondaire',
      vocational: 'Formation professionnelle',
      higher: 'Enseignement supérieur',
    },
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
    wish: {
      both: 'I am looking for work as {occupation} in the {sector} sector.',
      sector: 'I am looking for work in the {sector} sector.',
    },
    educationLevels: {
      none: 'No diploma',
      primary: 'Primary education',
      secondary: 'Secondary education',
      vocational: 'Vocational training',
      higher: 'Higher education',
    },
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
