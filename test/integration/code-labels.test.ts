import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/services/context.js';
import { addDemoData } from '../../src/services/demo/demo-data.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

/** Every sector and occupation code a screen can show for the demo people: columns, application, intake. */
async function demoCodes() {
  const { deps } = t();
  await addDemoData(deps, cliContext);
  const people = await deps.db.kysely
    .selectFrom('people')
    .select(['sector_code', 'application', 'assessment'])
    .execute();
  const sectors = new Set<string>();
  const occupations = new Set<string>();
  const add = (into: Set<string>, value: unknown) => {
    if (typeof value === 'string' && value) into.add(value);
  };
  for (const person of people) {
    add(sectors, person.sector_code);
    const application = JSON.parse(person.application) as Record<string, unknown>;
    const assessment = person.assessment ? (JSON.parse(person.assessment) as Record<string, unknown>) : {};
    for (const answers of [application, assessment]) {
      add(sectors, answers.targetSectorCode);
      add(sectors, answers.sectorCode);
      add(occupations, answers.targetOccupationCode);
      add(occupations, answers.occupationCode);
      for (const job of Array.isArray(answers.experience) ? answers.experience : [])
        add(occupations, (job as { occupationCode?: unknown }).occupationCode);
    }
  }
  return { sectors: [...sectors].sort(), occupations: [...occupations].sort() };
}

describe('words for codes', () => {
  it('names every sector and occupation code of the demo data in nl, fr and en', async () => {
    const { app } = t();
    const codes = await demoCodes();
    expect(codes.sectors.length).toBeGreaterThan(3);
    expect(codes.occupations.length).toBeGreaterThan(3);
    for (const lang of ['nl', 'fr', 'en'] as const)
      for (const list of ['sectors', 'occupations'] as const) {
        const wanted = codes[list];
        const response = await call(
          app,
          'GET',
          `/api/reference/labels?list=${list}&lang=${lang}&codes=${encodeURIComponent(wanted.join(','))}`,
        );
        expect(response.status).toBe(200);
        const labels = new Map(
          ((response.body?.items ?? []) as Array<{ code: string; label: string }>).map((i) => [
            i.code,
            i.label,
          ]),
        );
        for (const code of wanted) {
          const label = labels.get(code);
          expect(label, `${list} ${code} in ${lang}`).toBeTruthy();
          // A label is words: never the code itself, nor any code of the list.
          expect(label, `${list} ${code} in ${lang}`).not.toBe(code);
          expect(label, `${list} ${code} in ${lang}`).not.toMatch(/^(esco:|isco:)?[A-U0-9.]+$/);
        }
      }
  });

  it('names the caseload sector column of the demo data through the sector labels in every language', async () => {
    const { app } = t();
    const codes = await demoCodes();
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const response = await call(app, 'GET', `/api/reference/sector-labels?lang=${lang}`);
      const labels = new Map(
        ((response.body?.items ?? []) as Array<{ code: string; label: string }>).map((i) => [
          i.code,
          i.label,
        ]),
      );
      for (const code of codes.sectors) expect(labels.get(code), `${code} in ${lang}`).toMatch(/\p{L}{3}/u);
    }
  });

  it('refuses more than 50 codes, naming the limit', async () => {
    const { app } = t();
    const codes = Array.from({ length: 51 }, (_, i) => String(i + 10)).join(',');
    const response = await call(app, 'GET', `/api/reference/labels?list=sectors&codes=${codes}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('50');
  });
});
