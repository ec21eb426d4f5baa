import type { Kysely } from 'kysely';

/** Reference lists (occupations, sectors, skills, postcodes) and the checksums of their loaded files. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ref_occupations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('isco_code', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('search_nl', 'text', (c) => c.notNull())
    .addColumn('search_fr', 'text', (c) => c.notNull())
    .addColumn('search_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ref_occupations_isco').on('ref_occupations').column('isco_code').execute();

  await db.schema
    .createTable('ref_sectors')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('search_nl', 'text', (c) => c.notNull())
    .addColumn('search_fr', 'text', (c) => c.notNull())
    .addColumn('search_en', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ref_sectors_level').on('ref_sectors').columns(['level', 'code']).execute();

  await db.schema
    .createTable('ref_skills')
    .addColumn('uri', 'text', (c) => c.primaryKey())
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('search_nl', 'text', (c) => c.notNull())
    .addColumn('search_fr', 'text', (c) => c.notNull())
    .addColumn('search_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ref_postcodes')
    .addColumn('postal_code', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text')
    .addColumn('latitude', 'double precision', (c) => c.notNull())
    .addColumn('longitude', 'double precision', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ref_postcodes_pk', ['postal_code', 'place_name'])
    .execute();

  await db.schema
    .createTable('ref_data_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}
