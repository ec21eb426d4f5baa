import { type Kysely, sql } from 'kysely';
import type { Locale } from '../../contracts/common.js';
import type { Database } from '../schema.js';
import { likeText } from './text-match.js';

/** All SQL about the reference lists: search by folded words, prefix matches first. */
function words(folded: string): string[] {
  return folded.split(' ').filter(Boolean).slice(0, 5);
}

export async function searchOccupations(db: Kysely<Database>, folded: string, lang: Locale, limit: number) {
  const column = `ref_occupations.search_${lang}` as const;
  let query = db
    .selectFrom('ref_occupations')
    .leftJoin('ref_occupations as grp', (join) =>
      join.on(sql`grp.code`, '=', sql`'isco:' || ref_occupations.isco_code`),
    )
    .select([`ref_occupations.code`, `ref_occupations.label_${lang} as label`, `grp.label_${lang} as detail`])
    .where('ref_occupations.kind', '=', 'esco');
  // A stored code ("esco:2221.2") is looked up exactly, so a form can show the label of a saved value.
  if (folded.startsWith('esco:')) query = query.where('ref_occupations.code', '=', folded);
  else for (const word of words(folded)) query = query.where(likeText(sql.ref(column), word, 'contains'));
  return query
    .orderBy(sql`case when ${sql.ref(column)} like ${`${folded}%`} then 0 else 1 end`)
    .orderBy(sql`length(${sql.ref(column)})`)
    .orderBy('ref_occupations.code')
    .limit(limit)
    .execute();
}

export async function searchSectors(
  db: Kysely<Database>,
  folded: string,
  lang: Locale,
  limit: number,
  level?: number,
) {
  const column = `ref_sectors.search_${lang}` as const;
  let query = db
    .selectFrom('ref_sectors')
    .leftJoin('ref_sectors as section', (join) =>
      join.onRef('section.code', '=', 'ref_sectors.section').on('section.level', '=', 1),
    )
    .select([
      'ref_sectors.code',
      `ref_sectors.label_${lang} as label`,
      `section.label_${lang} as detail`,
      'ref_sectors.level',
    ])
    .where('ref_sectors.level', level ? '=' : '<=', level ?? 2);
  const code = folded.toUpperCase();
  if (/^([A-U]|\d{2})$/.test(code)) {
    // A section letter or division number is looked up as a code (a saved value shown as its label).
    query = query.where('ref_sectors.code', '=', code);
  } else {
    for (const word of words(folded)) query = query.where(likeText(sql.ref(column), word, 'contains'));
  }
  return query
    .orderBy('ref_sectors.section')
    .orderBy('ref_sectors.level')
    .orderBy('ref_sectors.code')
    .limit(limit)
    .execute();
}

export async function searchSkills(db: Kysely<Database>, folded: string, lang: Locale, limit: number) {
  const column = `search_${lang}` as const;
  let query = db.selectFrom('ref_skills').select(['uri as code', `label_${lang} as label`]);
  if (folded.startsWith('http://data.europa.eu/esco/skill/')) query = query.where('uri', '=', folded);
  else for (const word of words(folded)) query = query.where(likeText(sql.ref(column), word, 'contains'));
  return query
    .orderBy(sql`length(${sql.ref(column)})`)
    .orderBy('uri')
    .limit(limit)
    .execute();
}

export async function searchPostcodes(db: Kysely<Database>, folded: string, limit: number) {
  let query = db.selectFrom('ref_postcodes').select(['postal_code', 'place_name', 'region_code']);
  for (const word of words(folded)) query = query.where(likeText(sql.ref('search'), word, 'contains'));
  return query
    .orderBy(sql`case when search like ${`${folded}%`} then 0 else 1 end`)
    .orderBy('postal_code')
    .orderBy('place_name')
    .limit(limit)
    .execute();
}

export async function findPostcode(db: Kysely<Database>, postalCode: string) {
  return db
    .selectFrom('ref_postcodes')
    .selectAll()
    .where('postal_code', '=', postalCode)
    .orderBy('place_name')
    .executeTakeFirst();
}

export async function sectorExists(db: Kysely<Database>, code: string) {
  return Boolean(
    await db
      .selectFrom('ref_sectors')
      .select('code')
      .where('code', '=', code)
      .where('level', '<=', 2)
      .executeTakeFirst(),
  );
}

export async function existingOccupationCodes(db: Kysely<Database>, codes: readonly string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('ref_occupations')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function existingSkillUris(db: Kysely<Database>, uris: readonly string[]) {
  if (uris.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('ref_skills')
    .select('uri')
    .where('uri', 'in', [...uris])
    .execute();
  return new Set(rows.map((r) => r.uri));
}

/** The NACE section of a section letter or a division number, or null when unknown. */
export async function sectionOfSector(db: Kysely<Database>, code: string): Promise<string | null> {
  if (/^[A-U]$/.test(code)) return code;
  const row = await db
    .selectFrom('ref_sectors')
    .select('section')
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.section ?? null;
}

/** Every postcode with its region, every section and division with its section, every occupation code: to check a whole spreadsheet at once. */
export async function referenceCodeSets(db: Kysely<Database>) {
  const [postcodes, sectors, occupations] = await Promise.all([
    db.selectFrom('ref_postcodes').select(['postal_code', 'region_code']).execute(),
    db.selectFrom('ref_sectors').select(['code', 'section']).where('level', '<=', 2).execute(),
    db.selectFrom('ref_occupations').select('code').execute(),
  ]);
  return {
    regionOf: new Map(postcodes.map((p) => [p.postal_code, p.region_code])),
    sectionOf: new Map(sectors.map((s) => [s.code, s.section])),
    occupationCodes: new Set(occupations.map((o) => o.code)),
  };
}

/** Every NACE section and division with its label in one language (about 110 rows), for naming codes. */
export async function listSectorLabels(db: Kysely<Database>, lang: Locale) {
  const column = `label_${lang}` as const;
  return db
    .selectFrom('ref_sectors')
    .select(['code', `${column} as label`, 'section'])
    .where('level', '<=', 2)
    .orderBy('code')
    .limit(500)
    .execute();
}
