import { describe, expect, it } from 'vitest';
import { buildSearchTerms } from './build-search-terms.js';

const sources = {
  sectors: [
    {
      code: 'S',
      level: '1',
      section: 'S',
      label_nl: 'Overige diensten',
      label_fr: 'Autres services',
      label_en: 'Other services',
    },
    {
      code: '96',
      level: '2',
      section: 'S',
      label_nl: 'Overige persoonlijke diensten',
      label_fr: 'Autres services personnels',
      label_en: 'Other personal services',
    },
    { code: '96.0', level: '3', section: 'S', label_nl: 'Niet geïndexeerd', label_fr: 'x', label_en: 'x' },
  ],
  synonyms: [{ sector_code: '96', lang: 'nl', synonym: 'kapsalon' }],
  iscoDivisions: [{ isco_code: '514', nace_divisions: '96' }],
  occupations: [
    {
      esco_code: '5141.1',
      isco_code: '5141',
      label_nl: 'kapper',
      label_fr: 'coiffeur/coiffeuse',
      label_en: 'hairdresser',
    },
    { esco_code: '9999.1', isco_code: '9999', label_nl: 'niemand', label_fr: 'personne', label_en: 'nobody' },
  ],
  altLabels: [
    {
      esco_code: '5141.1',
      alt_labels_nl: 'kapster | dames kapper',
      alt_labels_fr: '',
      alt_labels_en: 'hair stylist',
    },
  ],
};

describe('buildSearchTerms', () => {
  const terms = buildSearchTerms(sources);
  const find = (list: string, lang: string, code: string) =>
    Object.fromEntries(
      terms
        .filter((t) => t.list === list && t.lang === lang && t.code === code)
        .map((t) => [t.word, t.weight]),
    );

  it('gives a sector its own words and synonyms (0), its occupations first words (1) and other words (2)', () => {
    expect(find('sector', 'nl', '96')).toEqual({
      overige: 0,
      persoonlijke: 0,
      diensten: 0,
      kapsalon: 0,
      kapper: 1,
      kapster: 1,
      dames: 1,
    });
    expect(find('sector', 'en', '96')).toMatchObject({ hairdresser: 1, hair: 1, stylist: 2 });
    expect(find('sector', 'fr', '96')).toMatchObject({ coiffeur: 1, coiffeuse: 2 });
  });

  it('leaves groups below divisions and occupations without a listed sector out of sector search', () => {
    expect(terms.some((t) => t.code === '96.0')).toBe(false);
    expect(terms.some((t) => t.list === 'sector' && (t.word === 'niemand' || t.word === 'nobody'))).toBe(
      false,
    );
  });

  it('gives an occupation its alternative labels, not its preferred one (searched in place)', () => {
    expect(find('occupation', 'nl', 'esco:5141.1')).toEqual({ kapster: 1, dames: 1, kapper: 1 });
    expect(find('occupation', 'fr', 'esco:5141.1')).toEqual({});
  });
});
