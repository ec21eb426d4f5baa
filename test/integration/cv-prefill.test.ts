import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../src/db/queries/people.js';
import { cvPrintHtml } from '../../src/services/career/cv-exports.js';
import { buildAssociation } from '../factories/accounts.js';
import { buildParticipant } from '../factories/career.js';
import { buildAssessment } from '../factories/people.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();

async function applicantMentee() {
  const { deps } = t();
  const association = await buildAssociation(deps);
  const mentee = await buildParticipant(deps, {
    kind: 'mentee',
    associationId: association.id,
    firstName: 'Rania',
    lastName: 'Haddad',
    locale: 'nl',
  });
  await updatePerson(deps.db.kysely, mentee.id, {
    phone: '+32 470 12 34 56',
    postcode: '9000',
    application: JSON.stringify({
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'nl', level: 'B1' },
      ],
      yearsOfExperience: 7,
      experience: [
        { occupationCode: 'esco:2221.2', title: 'Verpleger', country: 'SY', years: 5 },
        { title: 'Schoonmaakhulp', country: 'BE', years: 2 },
      ],
      education: [
        { level: 'higher', field: 'Verpleegkunde', country: 'SY', recognisedInBelgium: false },
        { level: 'none', country: 'SY', recognisedInBelgium: false },
      ],
      targetSectorCode: '86',
    }),
    assessment: JSON.stringify(buildAssessment({ interests: ['koken'] })),
  });
  return mentee;
}

async function labelOf(table: 'ref_sectors' | 'ref_occupations', code: string) {
  const row = await t()
    .deps.db.kysely.selectFrom(table)
    .select('label_nl')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.label_nl;
}

describe('the first CV version, pre-filled, and the contact details the mentee chooses', () => {
  it('proposes the first version from the application and the intake, in words', async () => {
    const { app } = t();
    const mentee = await applicantMentee();
    const overview = await call(app, 'GET', `/api/mentees/${mentee.id}/cv`, { cookie: mentee.cookie });
    expect(overview.status).toBe(200);
    const draft = overview.body?.draft;
    const occupation = await labelOf('ref_occupations', 'esco:2221.2');
    const sector = await labelOf('ref_sectors', '86');
    expect(overview.body?.current).toBeNull();
    expect(overview.body?.contactDetails).toEqual({
      phone: '+32 470 12 34 56',
      email: expect.stringContaining('@'),
      town: expect.any(String),
    });
    expect(draft.contact).toEqual({ phone: true, email: true, town: true });
    expect(draft.profile).toBe(`Ik zoek werk als ${occupation} in de sector ${sector}.`);
    expect(draft.experience.map((e: { role: string; country: string }) => [e.role, e.country])).toEqual([
      [occupation, 'SY'],
      ['Schoonmaakhulp', 'BE'],
    ]);
    expect(draft.education).toEqual([
      {
        title: 'Hoger onderwijs: Verpleegkunde',
        institution: '',
        country: 'SY',
        year: null,
        recognised: 'no',
      },
    ]);
    expect(draft.languages).toEqual({
      motherTongues: ['ar'],
      foreign: [
        {
          code: 'nl',
          listening: 'B2',
          reading: 'B2',
          spokenInteraction: 'B1',
          spokenProduction: 'B1',
          writing: 'A2',
        },
      ],
    });
    expect(draft.interests).toEqual(['koken']);
    // Words, not codes: no occupation or sector code anywhere in the proposal.
    expect(JSON.stringify(draft)).not.toMatch(/esco:|"86"/);
  });

  it('prints the name and only the chosen contact details, never a version number', async () => {
    const { app, deps } = t();
    const mentee = await applicantMentee();
    const overview = await call(app, 'GET', `/api/mentees/${mentee.id}/cv`, { cookie: mentee.cookie });
    const { skillLabels: _labels, ...draft } = overview.body?.draft ?? {};
    const town = overview.body?.contactDetails.town as string;
    const completed = {
      ...draft,
      contact: { phone: true, email: false, town: true },
      experience: draft.experience.map((e: object, i: number) => ({
        ...e,
        employer: `Werkgever ${i + 1}`,
        from: '2015-03',
        to: '2020-06',
      })),
      education: draft.education.map((e: object) => ({
        ...e,
        institution: 'Universiteit van Aleppo',
        year: 2012,
      })),
    };
    const incomplete = await call(app, 'POST', `/api/mentees/${mentee.id}/cv/versions`, {
      cookie: mentee.cookie,
      body: { basedOn: null, content: draft },
    });
    expect(incomplete.status).toBe(400);
    const saved = await call(app, 'POST', `/api/mentees/${mentee.id}/cv/versions`, {
      cookie: mentee.cookie,
      body: { basedOn: null, content: completed },
    });
    expect(saved.status).toBe(201);
    const again = await call(app, 'GET', `/api/mentees/${mentee.id}/cv`, { cookie: mentee.cookie });
    expect(again.body?.draft).toBeNull();
    expect(again.body?.current.content.contact).toEqual({ phone: true, email: false, town: true });

    const ctx = {
      actor: { id: mentee.user.id, role: 'mentee' as const, associationId: null, name: mentee.name },
      requestId: null,
      ip: null,
    };
    const first = await cvPrintHtml(deps, ctx, mentee.id, 1);
    if (!first.ok) throw new Error(first.error.message);
    const html = first.value.html;
    expect(html).toContain('<h1 dir="auto">Rania Haddad</h1>');
    expect(html).toContain('+32 470 12 34 56');
    expect(html).toContain(town);
    expect(html).not.toContain('@example.be');
    expect(html).not.toContain('contact__email');
    expect(html).not.toMatch(/Versi[oe]n?\b/);
    expect(html).not.toContain('esco:');

    const second = await call(app, 'POST', `/api/mentees/${mentee.id}/cv/versions`, {
      cookie: mentee.cookie,
      body: { basedOn: 1, content: { ...completed, contact: { phone: false, email: true, town: false } } },
    });
    expect(second.status).toBe(201);
    const printed = await cvPrintHtml(deps, ctx, mentee.id, 2);
    if (!printed.ok) throw new Error(printed.error.message);
    expect(printed.value.html).not.toContain('+32 470');
    expect(printed.value.html).toMatch(/class="contact__email">[^<]+@example\.be</);
    expect(printed.value.html).not.toContain(`>${town}<`);
  });
});
