import { type Locale, locales } from '../../contracts/base-vocabulary.js';
import {
  labourMarketSituations,
  type QuestionnaireMoment,
  type RespondentRole,
} from '../../contracts/questionnaire-vocabulary.js';
import { endOfCycleV1, type QuestionItem } from '../evaluation/end-of-cycle-questionnaire.js';
import type { InstrumentItem, Texts } from './instrument.js';

/**
 * The instruments a fresh install has (docs/questionnaires.md): the General Self-Efficacy Scale, a
 * short pulse in month 3, the end-of-cycle questionnaires of the mentee, the mentor and the coach, and
 * the follow-up that records the labour-market situation. Each is version 1; a change is a new version.
 */
export interface BuiltInInstrument {
  code: string;
  title: Texts;
  languages: readonly Locale[];
  items: readonly InstrumentItem[];
  /** Where the default schedule asks it. */
  schedule: ReadonlyArray<{ moment: QuestionnaireMoment; role: RespondentRole }>;
}

const all: readonly Locale[] = locales;

/**
 * General Self-Efficacy Scale, Schwarzer & Jerusalem (1995), English version; free to use with
 * attribution. Only English is shipped: no citable text of the Dutch (Teeuw, Schwarzer & Jerusalem,
 * 1994) or French (Dumont, Schwarzer & Jerusalem, 2000) versions was found; a translation of a
 * validated scale is never made here (docs/questionnaires.md).
 */
const gsesStatements: ReadonlyArray<readonly [string, string]> = [
  ['gse_01', 'I can always manage to solve difficult problems if I try hard enough.'],
  ['gse_02', 'If someone opposes me, I can find the means and ways to get what I want.'],
  ['gse_03', 'It is easy for me to stick to my aims and accomplish my goals.'],
  ['gse_04', 'I am confident that I could deal efficiently with unexpected events.'],
  ['gse_05', 'Thanks to my resourcefulness, I know how to handle unforeseen situations.'],
  ['gse_06', 'I can solve most problems if I invest the necessary effort.'],
  ['gse_07', 'I can remain calm when facing difficulties because I can rely on my coping abilities.'],
  ['gse_08', 'When I am confronted with a problem, I can usually find several solutions.'],
  ['gse_09', 'If I am in trouble, I can usually think of a solution.'],
  ['gse_10', 'I can usually handle whatever comes my way.'],
];
const gsesLabels: Texts[] = [
  { en: 'Not at all true' },
  { en: 'Hardly true' },
  { en: 'Moderately true' },
  { en: 'Exactly true' },
];

export const generalSelfEfficacyScale: BuiltInInstrument = {
  code: 'gses',
  title: {
    nl: 'Algemene zelfeffectiviteit (GSES)',
    fr: 'Auto-efficacité générale (GSES)',
    en: 'General Self-Efficacy Scale',
  },
  languages: ['en'],
  items: gsesStatements.map(([id, en]) => ({
    id,
    kind: 'likert',
    required: true,
    min: 1,
    max: 4,
    labels: gsesLabels,
    text: { en },
  })),
  schedule: [
    { moment: 'baseline', role: 'mentee' },
    { moment: 'end_of_cycle', role: 'mentee' },
    { moment: 'follow_up_12', role: 'mentee' },
  ],
};

const scale5Labels: Texts[] = [
  { nl: 'Helemaal niet', fr: 'Pas du tout', en: 'Not at all' },
  { nl: 'Weinig', fr: 'Peu', en: 'A little' },
  { nl: 'Matig', fr: 'Moyennement', en: 'Moderately' },
  { nl: 'Veel', fr: 'Beaucoup', en: 'A lot' },
  { nl: 'Heel veel', fr: 'Énormément', en: 'Very much' },
];
const yesNo = [
  { value: 'yes', text: { nl: 'Ja', fr: 'Oui', en: 'Yes' } },
  { value: 'no', text: { nl: 'Nee', fr: 'Non', en: 'No' } },
];

/**
 * The end-of-cycle evaluation's items (domain/evaluation/end-of-cycle-questionnaire.ts, version 1) as
 * instrument items: same ids and texts, so answers of both can be read side by side (docs/decisions/012).
 */
export function fromEvaluationItem(item: QuestionItem): InstrumentItem {
  const base = { id: item.id, required: item.required, text: item.text };
  switch (item.kind) {
    case 'scale5':
      return { ...base, kind: 'likert', min: 1, max: 5, labels: scale5Labels };
    case 'yes_no':
      return { ...base, kind: 'single_choice', options: yesNo };
    case 'choice':
      return { ...base, kind: 'single_choice', options: (item.options ?? []).map((o) => ({ ...o })) };
    case 'text':
      return { ...base, kind: 'long_text' };
  }
}

function endOfCycleFor(side: 'mentee' | 'mentor'): BuiltInInstrument {
  return {
    code: `end_of_cycle_${side}`,
    title:
      side === 'mentee'
        ? {
            nl: 'Evaluatie einde traject (mentee)',
            fr: 'Évaluation de fin de parcours (mentoré·e)',
            en: 'End-of-cycle evaluation (mentee)',
          }
        : {
            nl: 'Evaluatie einde traject (mentor)',
            fr: 'Évaluation de fin de parcours (mentor)',
            en: 'End-of-cycle evaluation (mentor)',
          },
    languages: all,
    items: endOfCycleV1.items
      .filter((i) => i.audience === 'both' || i.audience === side)
      .map(fromEvaluationItem),
    schedule: [{ moment: 'end_of_cycle', role: side }],
  };
}

export const endOfCycleCoach: BuiltInInstrument = {
  code: 'end_of_cycle_coach',
  title: {
    nl: 'Evaluatie einde traject (coach)',
    fr: 'Évaluation de fin de parcours (coach)',
    en: 'End-of-cycle evaluation (coach)',
  },
  languages: all,
  items: [
    {
      id: 'goals_reached',
      kind: 'likert',
      required: true,
      min: 1,
      max: 5,
      labels: scale5Labels,
      text: {
        nl: 'In welke mate heeft de mentee de doelen van het traject bereikt?',
        fr: 'Dans quelle mesure le ou la mentoré·e a-t-il atteint les objectifs du parcours ?',
        en: 'To what extent did the mentee reach the goals of the cycle?',
      },
    },
    {
      id: 'cooperation',
      kind: 'likert',
      required: true,
      min: 1,
      max: 5,
      labels: scale5Labels,
      text: {
        nl: 'Hoe goed werkten mentee en mentor samen?',
        fr: 'Le binôme a-t-il bien collaboré ?',
        en: 'How well did the mentee and the mentor work together?',
      },
    },
    {
      id: 'meetings_kept',
      kind: 'single_choice',
      required: true,
      options: yesNo,
      text: {
        nl: 'Hield het duo het ritme van twee ontmoetingen per maand aan?',
        fr: 'Le binôme a-t-il tenu le rythme de deux rencontres par mois ?',
        en: 'Did the pair keep the rhythm of two meetings a month?',
      },
    },
    {
      id: 'notes',
      kind: 'long_text',
      required: false,
      text: { nl: 'Opmerkingen', fr: 'Remarques', en: 'Notes' },
    },
  ],
  schedule: [{ moment: 'end_of_cycle', role: 'coach' }],
};

export const pulseMonth3: BuiltInInstrument = {
  code: 'pulse',
  title: { nl: 'Korte peiling (maand 3)', fr: 'Sondage rapide (3e mois)', en: 'Short pulse (month 3)' },
  languages: all,
  items: [
    {
      id: 'going_well',
      kind: 'likert',
      required: true,
      min: 1,
      max: 5,
      labels: scale5Labels,
      text: {
        nl: 'Hoe goed loopt het mentorschap tot nu toe?',
        fr: 'Le mentorat se passe-t-il bien jusqu’ici ?',
        en: 'How well is the mentoring going so far?',
      },
    },
    {
      id: 'meetings_last_month',
      kind: 'number',
      required: true,
      min: 0,
      max: 31,
      integer: true,
      text: {
        nl: 'Hoe vaak hebben jullie elkaar de voorbije maand ontmoet?',
        fr: 'Combien de fois vous êtes-vous rencontrés le mois passé ?',
        en: 'How many times did you meet last month?',
      },
    },
    {
      id: 'need_help',
      kind: 'short_text',
      required: false,
      text: {
        nl: 'Waarbij kan de coach helpen?',
        fr: 'En quoi le coach peut-il aider ?',
        en: 'What could the coach help with?',
      },
    },
  ],
  schedule: [
    { moment: 'pulse_month_3', role: 'mentee' },
    { moment: 'pulse_month_3', role: 'mentor' },
  ],
};

const situationTexts: Record<(typeof labourMarketSituations)[number], Texts> = {
  in_work: { nl: 'Ik werk in loondienst', fr: 'Je travaille comme salarié·e', en: 'I am in paid work' },
  self_employed: {
    nl: 'Ik werk als zelfstandige',
    fr: 'Je travaille comme indépendant·e',
    en: 'I am self-employed',
  },
  in_training: {
    nl: 'Ik volg een opleiding of studie',
    fr: 'Je suis une formation ou des études',
    en: 'I am in training or education',
  },
  qualification_gained: {
    nl: 'Ik behaalde een kwalificatie (ook erkenning van een buitenlands diploma)',
    fr: 'J’ai obtenu une qualification (y compris la reconnaissance d’un diplôme étranger)',
    en: 'I gained a qualification (including recognition of a foreign diploma)',
  },
  searching: { nl: 'Ik zoek werk', fr: 'Je cherche un emploi', en: 'I am looking for work' },
  inactive: { nl: 'Ik zoek geen werk', fr: 'Je ne cherche pas d’emploi', en: 'I am not looking for work' },
  unknown: { nl: 'Zeg ik liever niet', fr: 'Je préfère ne pas répondre', en: 'I prefer not to say' },
};

export interface ReferenceOption {
  value: string;
  text: Texts;
}

/**
 * The follow-up after the end: the labour-market situation and, for work, the sector (NACE section),
 * the occupation (ISCO major group), contract, hours and start. The sector and occupation options come
 * from the reference lists (their labels in the three languages), passed in by the seed.
 */
export function followUpInstrument(
  sectors: readonly ReferenceOption[],
  occupations: readonly ReferenceOption[],
): BuiltInInstrument {
  return {
    code: 'follow_up',
    title: { nl: 'Opvolging na het traject', fr: 'Suivi après le parcours', en: 'Follow-up after the cycle' },
    languages: all,
    items: [
      {
        id: 'situation',
        kind: 'single_choice',
        required: true,
        options: labourMarketSituations.map((value) => ({ value, text: situationTexts[value] })),
        text: {
          nl: 'Wat is je situatie nu?',
          fr: 'Quelle est votre situation maintenant ?',
          en: 'What is your situation now?',
        },
      },
      {
        id: 'work_sector',
        kind: 'single_choice',
        required: false,
        options: [...sectors],
        text: {
          nl: 'Als je werkt: in welke sector is je werkgever actief?',
          fr: 'Si vous travaillez : dans quel secteur votre employeur est-il actif ?',
          en: 'If you work: in which sector is your employer active?',
        },
      },
      {
        id: 'work_occupation',
        kind: 'single_choice',
        required: false,
        options: [...occupations],
        text: {
          nl: 'Als je werkt: welk soort beroep?',
          fr: 'Si vous travaillez : quel type de métier ?',
          en: 'If you work: what kind of occupation?',
        },
      },
      {
        id: 'work_contract',
        kind: 'single_choice',
        required: false,
        options: [
          {
            value: 'permanent',
            text: { nl: 'Vast contract', fr: 'Contrat à durée indéterminée', en: 'Permanent contract' },
          },
          {
            value: 'fixed_term',
            text: { nl: 'Tijdelijk contract', fr: 'Contrat à durée déterminée', en: 'Fixed-term contract' },
          },
          { value: 'interim', text: { nl: 'Interim', fr: 'Intérim', en: 'Temporary agency work' } },
          { value: 'other', text: { nl: 'Ander', fr: 'Autre', en: 'Other' } },
        ],
        text: {
          nl: 'Als je werkt: welk contract?',
          fr: 'Si vous travaillez : quel contrat ?',
          en: 'If you work: which contract?',
        },
      },
      {
        id: 'work_hours',
        kind: 'number',
        required: false,
        min: 1,
        max: 60,
        integer: true,
        text: {
          nl: 'Hoeveel uur per week?',
          fr: 'Combien d’heures par semaine ?',
          en: 'How many hours a week?',
        },
      },
      {
        id: 'work_start',
        kind: 'short_text',
        required: false,
        text: {
          nl: 'Sinds wanneer (maand en jaar)?',
          fr: 'Depuis quand (mois et année) ?',
          en: 'Since when (month and year)?',
        },
      },
      {
        id: 'related_to_sector',
        kind: 'single_choice',
        required: false,
        options: yesNo,
        text: {
          nl: 'Hangt je werk of opleiding samen met de sector van je mentorschap?',
          fr: 'Votre emploi ou formation est-il lié au secteur de votre mentorat ?',
          en: 'Is your work or training related to the sector of your mentoring?',
        },
      },
    ],
    schedule: [
      { moment: 'follow_up_3', role: 'mentee' },
      { moment: 'follow_up_6', role: 'mentee' },
      { moment: 'follow_up_12', role: 'mentee' },
    ],
  };
}

/** Every built-in instrument, given the reference options of the follow-up. */
export function builtInInstruments(
  sectors: readonly ReferenceOption[],
  occupations: readonly ReferenceOption[],
): BuiltInInstrument[] {
  return [
    generalSelfEfficacyScale,
    pulseMonth3,
    endOfCycleFor('mentee'),
    endOfCycleFor('mentor'),
    endOfCycleCoach,
    followUpInstrument(sectors, occupations),
  ];
}
