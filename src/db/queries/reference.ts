import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Locale } from '../../contracts/common.js';
import { prefixRange, searchWords } from '../../domain/reference/search-words.js';
import type { Engine } from '../client.js';
import type { Database } from '../schema.js';
import { likeText } from './text-match.js';

/** All SQL about the reference lists: search by folded words, prefix matches first. */
function words(folded: string): string[] {
  return folded.split(' ').filter(Boolean).slice(0, 5);
}

/**
 * The codes of one list that have a search word beginning with `word` (a prefix as a range, so the
 * primary key of ref_search_terms serves it on both engines); `lang` limits it to one language.
 */
function codesWithWord(db: Kysely<Database>, list: 'sector' | 'occupation', word: string, lang?: Locale) {
  const { from, to } = prefixRange(word);
  let query = db
    .selectFrom('ref_search_terms')
    .select('ref_search_terms.code')
    .where('ref_search_terms.list', '=', list)
    .where('ref_search_terms.word', '>=', from);
  if (to !== null) query = query.where('ref_search_terms.word', '<', to);
  if (lang) query = query.where('ref_search_terms.lang', '=', lang);
  return query;
}

/**
 * ESCO occupations whose label in `lang` contains every word, or whose alternative or hidden labels
 * in `lang` have words beginning with them ("kapster" finds "kapper"); label matches first.
 */
export async function searchOccupations(db: Kysely<Database>, folded: string, lang: Locale, limit: number) {
  const column = `ref_occupations.search_${lang}` as const;
  let query = db
    .selectFrom('ref_occupations')
    .leftJoin('ref_occupations as grp', (join) =>
      join.on(sql`grp.code`, '=', sql`'isco:' || ref_occupations.isco_code`),
    )
    .select([`ref_occupations.code`, `ref_occupations.label_${lang} as label`, `grp.label_${lang} as detail`])
    .where('ref_occupations.kind', '=', 'esco');
  const terms = words(folded);
  // A stored code ("esco:2221.2") is looked up exactly, so a form can show the label of a saved value.
  if (folded.startsWith('esco:')) query = query.where('ref_occupations.code', '=', folded);
  else
    for (const word of terms) {
      const indexWords = searchWords(word);
      query = query.where((eb) =>
        eb.or([
          likeText(sql.ref(column), word, 'contains'),
          ...(indexWords.length > 0
            ? [
                eb.and(
                  indexWords.map((w) =>
                    eb('ref_occupations.code', 'in', codesWithWord(db, 'occupation', w, lang)),
                  ),
                ),
              ]
            : []),
        ]),
      );
    }
  const inLabel = terms.length
    ? sql.join(
        terms.map((word) => likeText(sql.ref(column), word, 'contains')),
        sql` and `,
      )
    : sql`1 = 1`;
  return query
    .orderBy(sql`case when ${sql.ref(column)} like ${`${folded}%`} then 0 else 1 end`)
    .orderBy(sql`case when ${inLabel} then 0 else 1 end`)
    .orderBy(sql`length(${sql.ref(column)})`)
    .orderBy('ref_occupations.code')
    .limit(limit)
    .execute();
}

/**
 * NACE sections and divisions by the words people use: every word is in the label (`lang`), or
 * begins a word of the sector's label or synonyms in any language, or of an occupation that works in
 * it ("kapper" finds 96, "comptab" and "boekhoud" find 69); a section is found through its divisions
 * too. The sector's own words first, then its occupations in `lang`, then other languages.
 */
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
  const first = searchWords(folded)[0];
  let rank: RawBuilder<number> | null = null;
  if (/^([A-U]|\d{2})$/.test(code)) {
    // A section letter or division number is looked up as a code (a saved value shown as its label).
    query = query.where('ref_sectors.code', '=', code);
  } else {
    for (const word of words(folded)) {
      const indexWords = searchWords(word);
      query = query.where((eb) => {
        const found = indexWords.map((w) => {
          const codes = codesWithWord(db, 'sector', w);
          const divisions = db
            .selectFrom('ref_sectors as division')
            .select('division.section')
            .where('division.code', 'in', codes);
          return eb.or([eb('ref_sectors.code', 'in', codes), eb('ref_sectors.code', 'in', divisions)]);
        });
        return eb.or([
          likeText(sql.ref(column), word, 'contains'),
          ...(found.length > 0 ? [eb.and(found)] : []),
        ]);
      });
    }
    if (first) {
      const { from, to } = prefixRange(first);
      // The best weight of the first word, in `lang` before other languages, then how many of the
      // sector's words it begins (96 has "kapper", "kappershulp", "kappersassistent"). A section found
      // only through its divisions comes after them.
      rank = sql<number>`coalesce((select min(case when t.lang = ${lang} then t.weight else t.weight + 3 end) * 10000 - count(*)
        from ref_search_terms t where t.list = 'sector' and t.code = ref_sectors.code and t.word >= ${from}
        ${to === null ? sql`` : sql`and t.word < ${to}`}), 99999)`;
    }
  }
  if (rank) query = query.orderBy(rank);
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

/**
 * Replaces every search word (about 140,000 rows) in chunks of one JSON parameter each: one statement
 * per 20,000 rows instead of one per few hundred, which keeps the reload to about a second on both engines.
 */
export async function replaceSearchTerms(
  db: Kysely<Database>,
  engine: Engine,
  rows: ReadonlyArray<{ list: string; word: string; lang: string; code: string; weight: number }>,
) {
  await db.deleteFrom('ref_search_terms').execute();
  for (let i = 0; i < rows.length; i += 20_000) {
    const json = JSON.stringify(
      rows.slice(i, i + 20_000).map((r) => [r.list, r.word, r.lang, r.code, r.weight]),
    );
    const select =
      engine === 'postgres'
        ? sql`select e->>0, e->>1, e->>2, e->>3, (e->>4)::integer from json_array_elements(${json}::json) as e`
        : sql`select value->>0, value->>1, value->>2, value->>3, value->>4 from json_each(${json})`;
    await sql`insert into ref_search_terms (list, word, lang, code, weight) ${select}`.execute(db);
  }
}
