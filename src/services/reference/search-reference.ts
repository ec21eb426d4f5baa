import type { Locale } from '../../contracts/common.js';
import type { ReferenceItem } from '../../contracts/reference.js';
import {
  listSectorLabels,
  searchOccupations,
  searchPostcodes,
  searchSectors,
  searchSkills,
} from '../../db/queries/reference.js';
import {
  listOccupationGroupLabels,
  occupationLabelsOf,
  sectorLabelsOf,
} from '../../db/queries/reference-labels.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';
import type { Deps } from '../context.js';

const regionNames: Record<Locale, Record<string, string>> = {
  nl: { BRU: 'Brussels Hoofdstedelijk Gewest', VLG: 'Vlaams Gewest', WAL: 'Waals Gewest' },
  fr: { BRU: 'Région de Bruxelles-Capitale', VLG: 'Région flamande', WAL: 'Région wallonne' },
  en: { BRU: 'Brussels-Capital Region', VLG: 'Flemish Region', WAL: 'Walloon Region' },
};

export interface SearchInput {
  q: string;
  lang: Locale;
  limit: number;
}

/** ESCO occupations, with their ISCO-08 unit group as the second line. */
export async function findOccupations(deps: Deps, input: SearchInput): Promise<ReferenceItem[]> {
  const rows = await searchOccupations(deps.db.kysely, foldForSearch(input.q), input.lang, input.limit);
  return rows.map((r) => ({ code: r.code, label: r.label, detail: r.detail ?? null }));
}

/** NACE sections (one letter) and divisions (two digits), with the section as the second line. */
export async function findSectors(
  deps: Deps,
  input: SearchInput & { level?: number | undefined },
): Promise<ReferenceItem[]> {
  const rows = await searchSectors(
    deps.db.kysely,
    foldForSearch(input.q),
    input.lang,
    input.limit,
    input.level,
  );
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    detail: r.level === 2 ? (r.detail ?? null) : null,
  }));
}

export async function findSkills(deps: Deps, input: SearchInput): Promise<ReferenceItem[]> {
  const rows = await searchSkills(deps.db.kysely, foldForSearch(input.q), input.lang, input.limit);
  return rows.map((r) => ({ code: r.code, label: r.label, detail: null }));
}

export async function findPostcodes(deps: Deps, input: SearchInput): Promise<ReferenceItem[]> {
  const rows = await searchPostcodes(deps.db.kysely, foldForSearch(input.q), input.limit);
  return rows.map((r) => ({
    code: r.postal_code,
    label: `${r.postal_code} ${r.place_name}`,
    detail: regionNames[input.lang][r.region_code] ?? null,
  }));
}

/** Names for every sector code, so the web app can word a reason that carries only a code. */
export async function sectorLabels(deps: Deps, lang: Locale): Promise<ReferenceItem[]> {
  const rows = await listSectorLabels(deps.db.kysely, lang);
  return rows.map((r) => ({ code: r.code, label: r.label, detail: r.code === r.section ? null : r.section }));
}

/** The name of every ISCO-08 group (the matching's occupation reasons name the group both share). */
export async function occupationGroupLabels(deps: Deps, lang: Locale): Promise<ReferenceItem[]> {
  const rows = await listOccupationGroupLabels(deps.db.kysely, lang);
  return rows.map((r) => ({ code: r.code, label: r.label, detail: null }));
}

/** The words for the given sector or occupation codes (codes without a label are left out). */
export async function codeLabels(
  deps: Deps,
  input: { list: 'sectors' | 'occupations'; codes: string[]; lang: Locale },
): Promise<ReferenceItem[]> {
  const find = input.list === 'sectors' ? sectorLabelsOf : occupationLabelsOf;
  const labels = await find(deps.db.kysely, input.codes, input.lang);
  return [...labels].map(([code, label]) => ({ code, label, detail: null }));
}
