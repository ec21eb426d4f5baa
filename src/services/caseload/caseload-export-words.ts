import type { Locale } from '../../contracts/common.js';

/**
 * The words of the caseload export in the reader's language. The web app's JSON files are not on
 * the server; caseload-export-words.test.ts checks that kinds, statuses and regions say exactly what
 * the screens say (src/web/locales).
 */
const words = {
  nl: {
    sheet: 'Caseload',
    headers: {
      firstName: 'Voornaam',
      lastName: 'Achternaam',
      kind: 'Mentee of mentor',
      status: 'Status',
      association: 'Vereniging',
      region: 'Gewest',
      sector: 'Sector',
      sectorCode: 'NACE-code',
      languages: 'Talen',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      postcode: 'Postcode',
      applied: 'Aangemeld op',
      waitingDays: 'Dagen wachten',
    },
    inbox: 'Regionale inbox',
    kinds: { mentee: 'Mentee', mentor: 'Mentor' },
    statuses: {
      applied: 'Aangemeld',
      intake_planned: 'Intake gepland',
      assessed: 'Intake gedaan',
      ready_to_match: 'Klaar voor koppeling',
      ineligible: 'Niet toelaatbaar',
      in_partnership: 'In een duo',
      completed: 'Afgerond',
      left_early: 'Vroeg gestopt',
      followed_up: 'Opgevolgd',
      accepted: 'Aanvaard',
      declined: 'Afgewezen',
      trained: 'Opgeleid',
      available: 'Beschikbaar',
      resting: 'Pauze',
      left: 'Gestopt',
    },
    regions: { BRU: 'Brussels Hoofdstedelijk Gewest', VLG: 'Vlaams Gewest', WAL: 'Waals Gewest' },
  },
  fr: {
    sheet: 'Accompagnements',
    headers: {
      firstName: 'Prénom',
      lastName: 'Nom de famille',
      kind: 'Mentoré ou mentor',
      status: 'Statut',
      association: 'Association',
      region: 'Région',
      sector: 'Secteur',
      sectorCode: 'Code NACE',
      languages: 'Langues',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      postcode: 'Code postal',
      applied: 'Inscrit le',
      waitingDays: 'Jours d’attente',
    },
    inbox: 'Boîte régionale',
    kinds: { mentee: 'Mentoré·e', mentor: 'Mentor' },
    statuses: {
      applied: 'Inscrit',
      intake_planned: 'Entretien planifié',
      assessed: 'Entretien fait',
      ready_to_match: 'Prêt pour un binôme',
      ineligible: 'Non admissible',
      in_partnership: 'En binôme',
      completed: 'Terminé',
      left_early: 'Arrêt anticipé',
      followed_up: 'Suivi effectué',
      accepted: 'Accepté',
      declined: 'Refusé',
      trained: 'Formé',
      available: 'Disponible',
      resting: 'En pause',
      left: 'Parti',
    },
    regions: { BRU: 'Région de Bruxelles-Capitale', VLG: 'Région flamande', WAL: 'Région wallonne' },
  },
  en: {
    sheet: 'Caseload',
    headers: {
      firstName: 'First name',
      lastName: 'Last name',
      kind: 'Mentee or mentor',
      status: 'Status',
      association: 'Association',
      region: 'Region',
      sector: 'Sector',
      sectorCode: 'NACE code',
      languages: 'Languages',
      email: 'Email address',
      phone: 'Phone number',
      postcode: 'Postcode',
      applied: 'Applied on',
      waitingDays: 'Days waiting',
    },
    inbox: 'Regional inbox',
    kinds: { mentee: 'Mentee', mentor: 'Mentor' },
    statuses: {
      applied: 'Applied',
      intake_planned: 'Intake planned',
      assessed: 'Assessed',
      ready_to_match: 'Ready to match',
      ineligible: 'Not eligible',
      in_partnership: 'In a partnership',
      completed: 'Completed',
      left_early: 'Left early',
      followed_up: 'Followed up',
      accepted: 'Accepted',
      declined: 'Declined',
      trained: 'Trained',
      available: 'Available',
      resting: 'Resting',
      left: 'Left',
    },
    regions: { BRU: 'Brussels-Capital Region', VLG: 'Flemish Region', WAL: 'Walloon Region' },
  },
} as const;

export type CaseloadExportWords = (typeof words)[Locale];
export type CaseloadColumn = keyof CaseloadExportWords['headers'];

/** The export's words in one language. */
export function caseloadExportWords(locale: Locale): CaseloadExportWords {
  return words[locale];
}

/** A stored word (a status, a kind, a region) in the reader's language, the code if it is unknown. */
export function wordFor(list: Readonly<Record<string, string>>, code: string | null): string {
  if (!code) return '';
  return list[code] ?? code;
}
