import { locales } from '../../contracts/base-vocabulary.js';
import { divisionsOfIsco, searchWords } from '../../domain/reference/search-words.js';
import type { RefSearchTermsTable } from '../schema.js';

type Row = Record<string, string>;
const languages = locales;

export interface SearchTermSources {
  /** esco_occupations.csv: esco_code, isco_code, label_nl/fr/en. */
  occupations: Row[];
  /** esco_occupation_alt_labels.csv: esco_code, alt_labels_nl/fr/en (" | "-separated). */
  altLabels: Row[];
  /** nace_rev2.csv: code, level, section, label_nl/fr/en. */
  sectors: Row[];
  /** isco_nace_divisions.csv: isco_code (any level), nace_divisions (space-separated). */
  iscoDivisions: Row[];
  /** sector_synonyms.csv: sector_code, lang, synonym. */
  synonyms: Row[];
}

/** Words of one letter ("a", "e" of "aide-soignant(e)") find everything and are left out. */
const indexed = (text: string) => searchWords(text).filter((word) => word.length > 1);

/**
 * The rows of ref_search_terms. A sector is found by the words of its own label and its synonyms
 * (weight 0) and by the labels of the ESCO occupations whose ISCO group works in it (through the
 * reviewed isco_nace_divisions.csv; weight 1 for the first word of a label, 2 for the others); a section is found by its divisions' words at query time. An occupation is
 * found by its alternative and hidden labels (weight 1; its preferred label is searched in place).
 */
export function buildSearchTerms(sources: SearchTermSources): RefSearchTermsTable[] {
  /** "list|word|lang|code" -> the lowest weight it was added with. */
  const terms = new Map<string, number>();
  const add = (list: string, lang: string, code: string, words: readonly string[], weight: number) => {
    const tail = `|${lang}|${code}`;
    for (const word of words) {
      const key = `${list}|${word}${tail}`;
      const known = terms.get(key);
      if (known === undefined || known > weight) terms.set(key, weight);
    }
  };

  for (const sector of sources.sectors) {
    if (Number(sector.level) > 2 || !sector.code) continue;
    for (const lang of languages) add('sector', lang, sector.code, indexed(sector[`label_${lang}`] ?? ''), 0);
  }
  for (const synonym of sources.synonyms)
    add('sector', synonym.lang ?? '', synonym.sector_code ?? '', indexed(synonym.synonym ?? ''), 0);

  const divisionsByIsco = new Map(
    sources.iscoDivisions.map((r) => [
      r.isco_code ?? '',
      (r.nace_divisions ?? '').split(' ').filter(Boolean),
    ]),
  );
  const altLabelsOf = new Map(sources.altLabels.map((r) => [r.esco_code ?? '', r]));
  for (const occupation of sources.occupations) {
    const escoCode = occupation.esco_code ?? '';
    const alt = altLabelsOf.get(escoCode);
    const divisions = divisionsOfIsco(divisionsByIsco, occupation.isco_code ?? '');
    for (const lang of languages) {
      const labels = [occupation[`label_${lang}`] ?? '', ...(alt?.[`alt_labels_${lang}`] ?? '').split(' | ')];
      const [preferred = [], ...others] = labels.map(indexed);
      add('occupation', lang, `esco:${escoCode}`, others.flat(), 1);
      // The first word names the occupation ("kapper", "vakdocent kapper"): it weighs more for its sector.
      const heads = [
        ...new Set([preferred, ...others].map((words) => words[0]).filter((w) => w !== undefined)),
      ];
      const rest = [...new Set([preferred, ...others].flatMap((words) => words.slice(1)))];
      for (const code of divisions) {
        add('sector', lang, code, heads, 1);
        add('sector', lang, code, rest, 2);
      }
    }
  }
  return [...terms].map(([key, weight]) => {
    const [list = '', word = '', lang = '', code = ''] = key.split('|');
    return { list, word, lang, code, weight };
  });
}
