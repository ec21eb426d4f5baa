import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { foldForSearch, sentenceCase } from '../../domain/reference/fold-text.js';
import type { Engine } from '../client.js';
import { replaceSearchTerms } from '../queries/reference.js';
import type { Database } from '../schema.js';
import { buildSearchTerms } from './build-search-terms.js';

type Row = Record<string, string>;

/** The reference CSVs ship in the repository beside this file's folder (src/db/seed/reference). */
function referenceDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'src/db/seed/reference');
}

/** The checksum of one reference file, without parsing it. */
function referenceChecksum(file: string): string {
  return createHash('sha256')
    .update(fs.readFileSync(path.join(referenceDir(), file)))
    .digest('hex');
}

/** The rows of one reference CSV (also used without a database, by `mentor2work match`). */
export function readReferenceFile(file: string): { rows: Row[]; checksum: string } {
  const text = fs.readFileSync(path.join(referenceDir(), file));
  return {
    rows: parse(text, { columns: true, skip_empty_lines: true }) as Row[],
    checksum: createHash('sha256').update(text).digest('hex'),
  };
}

async function insertInBatches<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Array<Record<string, unknown>>,
) {
  for (let i = 0; i < rows.length; i += 400) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 400) as never) // rows are built for exactly this table by its loader
      .execute();
  }
}

const labelled = (nl: string, fr: string, en: string) => ({
  label_nl: nl || en,
  label_fr: fr || en,
  label_en: en,
  search_nl: foldForSearch(nl || en),
  search_fr: foldForSearch(fr || en),
  search_en: foldForSearch(en),
});

const loaders: Record<
  string,
  { file: string; table: keyof Database; build: (rows: Row[]) => Array<Record<string, unknown>> }
> = {
  occupations: {
    file: 'esco_occupations.csv',
    table: 'ref_occupations',
    build: (rows) =>
      rows.map((r) => ({
        code: `esco:${r.esco_code}`,
        kind: 'esco',
        level: 5,
        isco_code: r.isco_code ?? '',
        parent_code: r.isco_code ?? null,
        ...labelled(r.label_nl ?? '', r.label_fr ?? '', r.label_en ?? ''),
      })),
  },
  isco: {
    file: 'isco08_groups.csv',
    table: 'ref_occupations',
    build: (rows) =>
      rows.map((r) => ({
        code: `isco:${r.code}`,
        kind: 'isco',
        level: Number(r.level),
        isco_code: r.code ?? '',
        parent_code: r.parent_code || null,
        ...labelled(r.label_nl ?? '', r.label_fr ?? '', r.label_en ?? ''),
      })),
  },
  sectors: {
    file: 'nace_rev2.csv',
    table: 'ref_sectors',
    build: (rows) =>
      rows.map((r) => ({
        code: r.code,
        level: Number(r.level),
        parent_code: r.parent_code || null,
        section: r.section,
        ...labelled(
          sentenceCase(r.label_nl ?? '', 'nl'),
          sentenceCase(r.label_fr ?? '', 'fr'),
          sentenceCase(r.label_en ?? '', 'en'),
        ),
      })),
  },
  skills: {
    file: 'esco_transversal_skills.csv',
    table: 'ref_skills',
    build: (rows) =>
      rows.map((r) => ({
        uri: r.esco_uri,
        ...labelled(r.label_nl ?? '', r.label_fr ?? '', r.label_en ?? ''),
      })),
  },
  postcodes: {
    file: 'be_postal_codes.csv',
    table: 'ref_postcodes',
    build: (rows) => {
      const seen = new Set<string>();
      return rows
        .filter((r) => {
          const key = `${r.postal_code}|${r.place_name}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((r) => ({
          postal_code: r.postal_code,
          place_name: r.place_name,
          region_code: r.region_code,
          province_code: r.province_code || null,
          latitude: Number(r.latitude),
          longitude: Number(r.longitude),
          search: foldForSearch(`${r.postal_code} ${r.place_name}`),
        }));
    },
  },
};

/** Bump when buildSearchTerms changes, so every database rebuilds its search words at the next start. */
const searchTermsVersion = '1';

/** The files the search words are built from (see build-search-terms.ts). */
const searchTermFiles = {
  occupations: 'esco_occupations.csv',
  altLabels: 'esco_occupation_alt_labels.csv',
  sectors: 'nace_rev2.csv',
  iscoDivisions: 'isco_nace_divisions.csv',
  synonyms: 'sector_synonyms.csv',
} as const;

/** Rebuilds ref_search_terms when one of its files or the way it is built changed. */
async function loadSearchTerms(
  trx: Kysely<Database>,
  engine: Engine,
  checksums: ReadonlyMap<string, string>,
  now: Date,
): Promise<string | null> {
  const checksum = createHash('sha256')
    .update([searchTermsVersion, ...Object.values(searchTermFiles).map(referenceChecksum)].join('|'))
    .digest('hex');
  if (checksums.get('search_terms') === checksum) return null;
  const rowsOf = (file: string) => readReferenceFile(file).rows;
  const rows = buildSearchTerms({
    occupations: rowsOf(searchTermFiles.occupations),
    altLabels: rowsOf(searchTermFiles.altLabels),
    sectors: rowsOf(searchTermFiles.sectors),
    iscoDivisions: rowsOf(searchTermFiles.iscoDivisions),
    synonyms: rowsOf(searchTermFiles.synonyms),
  });
  await replaceSearchTerms(trx, engine, rows);
  await trx
    .insertInto('ref_data_versions')
    .values({ name: 'search_terms', checksum, rows: rows.length, loaded_at: now.toISOString() })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ checksum, rows: rows.length, loaded_at: now.toISOString() }),
    )
    .execute();
  return `search_terms (${rows.length})`;
}

type Pending = { name: string; loader: (typeof loaders)[string]; rows: Row[]; checksum: string };

/** Reloads the tables of the changed files. */
async function reloadLists(
  trx: Kysely<Database>,
  pending: readonly Pending[],
  stale: readonly Pending[],
  loaded: string[],
  now: Date,
) {
  // Occupations and ISCO groups share one table: reload both when either changed.
  const tables = new Set(stale.map((p) => p.loader.table));
  for (const table of tables) await trx.deleteFrom(table).execute();
  for (const item of pending.filter((p) => tables.has(p.loader.table))) {
    const rows = item.loader.build(item.rows);
    await insertInBatches(trx, item.loader.table, rows);
    await trx
      .insertInto('ref_data_versions')
      .values({ name: item.name, checksum: item.checksum, rows: rows.length, loaded_at: now.toISOString() })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ checksum: item.checksum, rows: rows.length, loaded_at: now.toISOString() }),
      )
      .execute();
    loaded.push(`${item.name} (${rows.length})`);
  }
}

/**
 * Loads the reference lists into the ref_* tables when a file changed since the last load (by
 * checksum), then the search words when one of their files changed; otherwise does nothing. Runs
 * after the migrations at every start and in the tests' template database.
 */
export async function loadReferenceData(db: Kysely<Database>, engine: Engine, now: Date): Promise<string[]> {
  const loaded: string[] = [];
  await db.transaction().execute(async (trx) => {
    const versions = new Map(
      (await trx.selectFrom('ref_data_versions').selectAll().execute()).map((v) => [v.name, v.checksum]),
    );
    const pending = Object.entries(loaders).map(([name, loader]) => ({
      name,
      loader,
      ...readReferenceFile(loader.file),
    }));
    const stale = pending.filter((p) => versions.get(p.name) !== p.checksum);
    if (stale.length > 0) await reloadLists(trx, pending, stale, loaded, now);
    const terms = await loadSearchTerms(trx, engine, versions, now);
    if (terms) loaded.push(terms);
  });
  return loaded;
}
