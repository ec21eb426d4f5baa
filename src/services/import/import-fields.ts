import { foldForSearch } from '../../domain/reference/fold-text.js';

export interface ImportField {
  name: string;
  required: boolean;
  /** Column headers (folded) that mean this field, in Dutch, French and English. */
  synonyms: string[];
}

const common: ImportField[] = [
  {
    name: 'firstName',
    required: true,
    synonyms: ['voornaam', 'prenom', 'first name', 'firstname', 'given name'],
  },
  {
    name: 'lastName',
    required: true,
    synonyms: [
      'achternaam',
      'familienaam',
      'naam',
      'nom',
      'nom de famille',
      'last name',
      'lastname',
      'surname',
    ],
  },
  {
    name: 'email',
    required: true,
    synonyms: ['e-mail', 'email', 'e-mailadres', 'mail', 'courriel', 'adresse e-mail', 'email address'],
  },
  {
    name: 'phone',
    required: false,
    synonyms: ['telefoon', 'gsm', 'tel', 'telephone', 'phone', 'mobile', 'mobiel'],
  },
  { name: 'postcode', required: true, synonyms: ['postcode', 'code postal', 'postal code', 'zip', 'cp'] },
  { name: 'sectorCode', required: true, synonyms: ['sector', 'secteur', 'nace', 'sector code', 'code nace'] },
  {
    name: 'occupationCode',
    required: false,
    synonyms: ['beroep', 'esco', 'profession', 'occupation', 'metier', 'beroepscode'],
  },
  { name: 'languages', required: true, synonyms: ['talen', 'langues', 'languages', 'taal', 'langue'] },
  {
    name: 'yearsOfExperience',
    required: false,
    synonyms: [
      'jaren ervaring',
      'ervaring',
      'annees d experience',
      'experience',
      'years of experience',
      'years',
    ],
  },
];

export const importFields: Record<'mentee' | 'mentor', ImportField[]> = {
  mentee: [
    ...common,
    {
      name: 'dateOfBirth',
      required: true,
      synonyms: ['geboortedatum', 'date de naissance', 'date of birth', 'birth date', 'birthdate'],
    },
  ],
  mentor: [
    ...common,
    {
      name: 'employer',
      required: false,
      synonyms: ['werkgever', 'employeur', 'employer', 'bedrijf', 'entreprise', 'company'],
    },
    {
      name: 'capacity',
      required: false,
      synonyms: ['capaciteit', 'aantal mentees', 'capacite', 'capacity', 'max mentees'],
    },
  ],
};

function normalise(header: string): string {
  return foldForSearch(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Matches each field to the first column whose header is one of its names in nl, fr or en. */
export function suggestMapping(kind: 'mentee' | 'mentor', columns: string[]): Record<string, string | null> {
  const used = new Set<string>();
  const mapping: Record<string, string | null> = {};
  for (const field of importFields[kind]) {
    const names = new Set([normalise(field.name), ...field.synonyms.map(normalise)]);
    const column = columns.find((c) => !used.has(c) && names.has(normalise(c))) ?? null;
    if (column) used.add(column);
    mapping[field.name] = column;
  }
  return mapping;
}
