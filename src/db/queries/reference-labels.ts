import type { Kysely } from 'kysely';
import type { Locale } from '../../contracts/common.js';
import type { Database } from '../schema.js';

/**
 * The words for sector and occupation codes in one language, for every screen and document that
 * shows a code (a person never reads `K`, `62` or `esco:2411.1`). Unknown codes are left out, so the
 * caller can fall back to its own wording.
 */
export async function sectorLabelsOf(
  db: Kysely<Database>,
  codes: readonly string[],
  lang: Locale,
): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('ref_sectors')
    .select(['code', `label_${lang} as label`])
    .where('code', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.code, r.label]));
}

/** The words for ESCO occupation and ISCO-08 group codes in one language. */
export async function occupationLabelsOf(
  db: Kysely<Database>,
  codes: readonly string[],
  lang: Locale,
): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('ref_occupations')
    .select(['code', `label_${lang} as label`])
    .where('code', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.code, r.label]));
}

/** Every ISCO-08 group (major to unit, 619 of them) by its bare code ("2221") in one language. */
export async function listOccupationGroupLabels(db: Kysely<Database>, lang: Locale) {
  const rows = await db
    .selectFrom('ref_occupations')
    .select(['isco_code as code', `label_${lang} as label`])
    .where('kind', '=', 'isco')
    .orderBy('isco_code')
    .execute();
  return rows;
}
