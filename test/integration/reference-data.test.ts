import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/db/seed/load-reference-data.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** Rows of ref_search_terms built from the shipped files (changes when they or the build change). */
const SEARCH_TERMS = 136_694;

describe('reference data', () => {
  it('is loaded with every row and not reloaded when unchanged', async () => {
    const { deps } = t();
    const versions = await deps.db.kysely
      .selectFrom('ref_data_versions')
      .select(['name', 'rows'])
      .orderBy('name')
      .execute();
    expect(versions).toEqual([
      { name: 'isco', rows: 619 },
      { name: 'occupations', rows: 3007 },
      { name: 'postcodes', rows: 2781 },
      { name: 'search_terms', rows: SEARCH_TERMS },
      { name: 'sectors', rows: 996 },
      { name: 'skills', rows: 96 },
    ]);
    expect(await loadReferenceData(deps.db.kysely, deps.db.engine, new Date())).toEqual([]);
  });

  it('finds occupations as you type, in the user language, ignoring accents', async () => {
    const { app } = t();
    const nl = await call(app, 'GET', '/api/reference/occupations?q=verpleegkund&lang=nl&limit=5');
    expect(nl.status).toBe(200);
    expect(nl.body?.items.length).toBeGreaterThan(0);
    expect(nl.body?.items[0].label.toLowerCase()).toContain('verpleegkund');
    expect(nl.body?.items[0].code).toMatch(/^esco:\d{4}\./);
    const fr = await call(app, 'GET', '/api/reference/occupations?q=electricien&lang=fr&limit=5');
    expect(fr.body?.items.map((i: { label: string }) => i.label).join(' ')).toMatch(/électricien/i);
  });

  it('lists NACE sections and divisions in sentence case', async () => {
    const { app } = t();
    const sections = await call(app, 'GET', '/api/reference/sectors?level=1&limit=50&lang=nl');
    expect(sections.body?.items).toHaveLength(21);
    expect(sections.body?.items[0]).toEqual({
      code: 'A',
      label: 'Landbouw, bosbouw en visserij',
      detail: null,
    });
    const divisions = await call(app, 'GET', '/api/reference/sectors?q=gezondheidszorg&lang=nl&level=2');
    expect(divisions.body?.items[0]).toMatchObject({
      code: '86',
      detail: expect.stringMatching(/gezondheidszorg/i),
    });
  });

  it('finds postcodes by number or place, with the region', async () => {
    const { app } = t();
    const byCode = await call(app, 'GET', '/api/reference/postcodes?q=9000&lang=nl');
    expect(byCode.body?.items[0]).toEqual({ code: '9000', label: '9000 Gent', detail: 'Vlaams Gewest' });
    const byPlace = await call(app, 'GET', '/api/reference/postcodes?q=molenbeek&lang=fr');
    expect(byPlace.body?.items[0]).toMatchObject({ code: '1080', detail: 'Région de Bruxelles-Capitale' });
  });

  it('takes the search text literally and refuses bad parameters', async () => {
    const { app } = t();
    expect((await call(app, 'GET', '/api/reference/skills?q=%25%25&lang=en')).body?.items).toEqual([]);
    expect((await call(app, 'GET', '/api/reference/skills?lang=de')).status).toBe(400);
    expect((await call(app, 'GET', '/api/reference/skills?limit=500')).status).toBe(400);
    const skills = await call(app, 'GET', '/api/reference/skills?q=team&lang=en');
    expect(skills.body?.items.length).toBeGreaterThan(0);
  });
});

describe('reference lookup by code', () => {
  it('finds a saved sector, occupation or skill by its exact code, for showing its label', async () => {
    const { app } = t();
    expect((await call(app, 'GET', '/api/reference/sectors?q=Q&lang=nl')).body?.items).toEqual([
      { code: 'Q', label: 'Menselijke gezondheidszorg en maatschappelijke dienstverlening', detail: null },
    ]);
    expect((await call(app, 'GET', '/api/reference/sectors?q=86&lang=fr')).body?.items[0]).toMatchObject({
      code: '86',
      label: 'Activités pour la santé humaine',
    });
    expect(
      (await call(app, 'GET', '/api/reference/occupations?q=esco:2221.2&lang=en')).body?.items,
    ).toHaveLength(1);
    const skill = 'http://data.europa.eu/esco/skill/05aa7c09-46e7-433f-a81b-92841f4551e7';
    expect(
      (await call(app, 'GET', `/api/reference/skills?q=${encodeURIComponent(skill)}&lang=en`)).body?.items,
    ).toEqual([{ code: skill, label: 'accept criticism and guidance', detail: null }]);
  });

  it('names every sector code in one language for the reason texts', async () => {
    const { app } = t();
    const response = await call(app, 'GET', '/api/reference/sector-labels?lang=fr');
    expect(response.status).toBe(200);
    const items = response.body?.items as Array<{ code: string; label: string; detail: string | null }>;
    expect(items.length).toBeGreaterThan(100);
    expect(items.find((i) => i.code === '86')).toMatchObject({ detail: 'Q' });
    expect(items.find((i) => i.code === 'Q')?.label).toMatch(/santé/i);
    expect((await call(app, 'GET', '/api/reference/sector-labels?lang=de')).status).toBe(400);
  });

  it('names every ISCO-08 group in one language for the occupation reasons', async () => {
    const { app } = t();
    const response = await call(app, 'GET', '/api/reference/occupation-group-labels?lang=nl');
    expect(response.status).toBe(200);
    const items = response.body?.items as Array<{ code: string; label: string }>;
    expect(items.length).toBeGreaterThan(400);
    expect(items.find((i) => i.code === '2221')?.label).toMatch(/verpleeg/i);
    expect(items.find((i) => i.code === '22')?.label).toBeTruthy();
    expect(items.every((i) => /^\d{1,4}$/.test(i.code))).toBe(true);
  });
});

type Item = { code: string; label: string; detail: string | null };
const codesOf = (body: Record<string, unknown> | null | undefined) =>
  ((body?.items ?? []) as Item[]).map((item) => item.code);

describe('searching sectors and occupations by the words people use', () => {
  it.each([
    ['kapper', 'nl', '96', 'Overige persoonlijke diensten'],
    ['kapster', 'nl', '96', 'Overige persoonlijke diensten'],
    ['coiff', 'fr', '96', 'Autres services personnels'],
    ['boekhoud', 'nl', '69', 'Rechtskundige en boekhoudkundige dienstverlening'],
    ['comptab', 'fr', '69', 'Activités juridiques et comptables'],
    ['accountant', 'en', '69', 'Legal and accounting activities'],
    ['verpleegkundige', 'nl', '86', 'Menselijke gezondheidszorg'],
    ['kok', 'nl', '56', 'Eet- en drinkgelegenheden'],
    ['lasser', 'nl', '25', 'Vervaardiging van producten van metaal, exclusief machines en apparaten'],
  ])('finds the sector of "%s" (%s) through its occupations, first', async (q, lang, code, label) => {
    const { app } = t();
    const response = await call(app, 'GET', `/api/reference/sectors?q=${q}&lang=${lang}&limit=5`);
    expect(response.status).toBe(200);
    expect(response.body?.items[0]).toMatchObject({ code, label });
  });

  it('finds a sector by a synonym, and by a word of another language, labelled in the reader language', async () => {
    const { app } = t();
    const horeca = await call(app, 'GET', '/api/reference/sectors?q=horeca&lang=nl&limit=3');
    expect(codesOf(horeca.body).sort()).toEqual(['55', '56', 'I']);
    const french = await call(app, 'GET', '/api/reference/sectors?q=kapper&lang=fr&limit=3');
    expect(french.body?.items[0]).toMatchObject({ code: '96', label: 'Autres services personnels' });
    const sections = await call(app, 'GET', '/api/reference/sectors?q=kapper&lang=nl&level=1&limit=3');
    expect(codesOf(sections.body)).toContain('S');
    // Every word must match: a hairdresser is not an accountant.
    expect(
      codesOf((await call(app, 'GET', '/api/reference/sectors?q=kapper+boekhoud&lang=nl')).body),
    ).toEqual([]);
  });

  it('finds occupations by their alternative and hidden labels after those that match by label', async () => {
    const { app } = t();
    const kapster = await call(app, 'GET', '/api/reference/occupations?q=kapster&lang=nl&limit=5');
    expect(kapster.body?.items[0]).toMatchObject({ code: 'esco:5141.1', label: 'kapper' });
    const comptable = await call(app, 'GET', '/api/reference/occupations?q=comptable&lang=fr&limit=5');
    expect(comptable.body?.items[0]).toMatchObject({ code: 'esco:2411.1', label: 'comptable' });
  });

  it('looks search words up through the primary key on this engine, not by scanning', async () => {
    const { deps } = t();
    const query = sql`select code from ref_search_terms where list = 'sector' and word >= 'kapper' and word < 'kappes'`;
    const plan =
      deps.db.engine === 'postgres'
        ? (await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(deps.db.kysely)).rows
            .map((row) => row['QUERY PLAN'])
            .join('\n')
        : (await sql<{ detail: string }>`explain query plan ${query}`.execute(deps.db.kysely)).rows
            .map((row) => row.detail)
            .join('\n');
    // The word range itself is served by the index, not only the list.
    expect(plan).toMatch(
      deps.db.engine === 'postgres'
        ? /Index (Only )?Scan using ref_search_terms_pk[\s\S]*Index Cond: .*word >= /
        : /SEARCH ref_search_terms USING (COVERING )?INDEX \S+ \(list=\? AND word>\? AND word<\?\)/,
    );
    expect(plan).not.toMatch(/Seq Scan|SCAN ref_search_terms/);
  });
});
