import type { Locale } from '../../contracts/common.js';
import type { Gender } from '../../contracts/participant-facts-vocabulary.js';
import type { AgeBand, ReportGrouping, ReportMeasure } from '../../contracts/report-vocabulary.js';

interface ReportWords {
  measures: Record<ReportMeasure, string>;
  groupings: Record<ReportGrouping, string>;
  ageBands: Record<AgeBand, string>;
  genders: Record<Gender, string>;
  unknown: string;
  total: string;
  /** How a hidden small count and a hidden complement are written in CSV and XLSX. */
  small: (threshold: number) => string;
  hidden: string;
  sheet: string;
  /** The line under the table: period, audience and the small-count rule. */
  note: (report: { from: string; to: string; audience: string; threshold: number }) => string;
}

/** The report's headers and group names in the reader's language (docs/reports.md defines each). */
const words: Record<Locale, ReportWords> = {
  nl: {
    measures: {
      applied: 'Aangemeld',
      eligible: 'Komt in aanmerking',
      intakeDone: 'Intake gedaan',
      matched: 'Gekoppeld',
      active: 'Traject gestart',
      completed: 'Traject afgerond',
      endedEarly: 'Vroeg gestopt',
      inWorkAtEnd: 'Werk bij het einde',
    },
    groupings: {
      total: 'Hele programma',
      region: 'Gewest',
      association: 'Vereniging',
      sector: 'Sector',
      ageBand: 'Leeftijd',
      gender: 'Gender',
    },
    genders: {
      woman: 'Vrouw',
      man: 'Man',
      non_binary: 'Non-binair',
      prefer_not_to_say: 'Zegt het liever niet',
    },
    ageBands: {
      under18: 'Jonger dan 18',
      '18-29': '18 tot 29',
      '30-54': '30 tot 54',
      '55plus': '55 en ouder',
    },
    unknown: 'Onbekend',
    total: 'Totaal',
    small: (threshold) => `< ${threshold}`,
    hidden: '•',
    sheet: 'Rapport',
    note: (r) =>
      `Aanmeldingen van ${r.from} tot en met ${r.to}.` +
      (r.audience === 'funder'
        ? ` Aantallen van 1 tot ${r.threshold - 1} staan als "< ${r.threshold}"; "•" is verborgen zodat ze niet te berekenen zijn.`
        : ' Niet afgeschermd: alleen voor het programmateam.'),
  },
  fr: {
    measures: {
      applied: 'Candidatures',
      eligible: 'Admissibles',
      intakeDone: 'Entretien fait',
      matched: 'Mis en relation',
      active: 'Parcours commencé',
      completed: 'Parcours terminé',
      endedEarly: 'Arrêt anticipé',
      inWorkAtEnd: 'En emploi à la fin',
    },
    groupings: {
      total: 'Tout le programme',
      region: 'Région',
      association: 'Association',
      sector: 'Secteur',
      ageBand: 'Âge',
      gender: 'Genre',
    },
    genders: {
      woman: 'Femme',
      man: 'Homme',
      non_binary: 'Non binaire',
      prefer_not_to_say: 'Préfère ne pas répondre',
    },
    ageBands: {
      under18: 'Moins de 18 ans',
      '18-29': '18 à 29 ans',
      '30-54': '30 à 54 ans',
      '55plus': '55 ans et plus',
    },
    unknown: 'Inconnu',
    total: 'Total',
    small: (threshold) => `< ${threshold}`,
    hidden: '•',
    sheet: 'Rapport',
    note: (r) =>
      `Candidatures du ${r.from} au ${r.to} inclus.` +
      (r.audience === 'funder'
        ? ` Les nombres de 1 à ${r.threshold - 1} sont notés « < ${r.threshold} » ; « • » est masqué pour qu'ils ne puissent pas être recalculés.`
        : " Non protégé : réservé à l'équipe du programme."),
  },
  en: {
    measures: {
      applied: 'Applied',
      eligible: 'Eligible',
      intakeDone: 'Intake done',
      matched: 'Matched',
      active: 'Cycle started',
      completed: 'Cycle completed',
      endedEarly: 'Ended early',
      inWorkAtEnd: 'In work at the end',
    },
    groupings: {
      total: 'Whole programme',
      region: 'Region',
      association: 'Association',
      sector: 'Sector',
      ageBand: 'Age',
      gender: 'Gender',
    },
    genders: {
      woman: 'Woman',
      man: 'Man',
      non_binary: 'Non-binary',
      prefer_not_to_say: 'Prefers not to say',
    },
    ageBands: { under18: 'Under 18', '18-29': '18 to 29', '30-54': '30 to 54', '55plus': '55 and over' },
    unknown: 'Unknown',
    total: 'Total',
    small: (threshold) => `< ${threshold}`,
    hidden: '•',
    sheet: 'Report',
    note: (r) =>
      `Applications from ${r.from} to ${r.to} inclusive.` +
      (r.audience === 'funder'
        ? ` Counts from 1 to ${r.threshold - 1} read "< ${r.threshold}"; "•" is hidden so that they cannot be worked out.`
        : ' Not protected: for the programme team only.'),
  },
};

export function reportWords(locale: Locale): ReportWords {
  return words[locale];
}
