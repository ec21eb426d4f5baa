import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TrainingFormat } from '../../contracts/training-vocabulary.js';
import type { Database } from '../../db/schema.js';
import { sanitisePageHtml } from '../training/sanitise-page-html.js';
import { talentsCvPages } from './demo-training-pages.js';

type Texts = { nl: string; fr: string; en: string };

/** The seed's six modules: three for mentees, three for mentors; diversity training is required. */
const modules: Array<{
  code: string;
  audience: 'mentee' | 'mentor';
  title: Texts;
  description: Texts;
  minutes: number;
  format: TrainingFormat;
  required: boolean;
}> = [
  {
    code: 'sector-orientation',
    audience: 'mentee',
    minutes: 120,
    format: 'in_person',
    required: false,
    title: {
      nl: 'Oriëntatie in je sector',
      fr: 'Orientation dans votre secteur',
      en: 'Orientation in your sector',
    },
    description: {
      nl: 'Hoe je sector werkt: beroepen, werkgevers, opleidingen en waar vacatures staan.',
      fr: 'Comment fonctionne votre secteur : métiers, employeurs, formations et où trouver les offres.',
      en: 'How your sector works: jobs, employers, training and where vacancies are.',
    },
  },
  {
    code: 'job-applications',
    audience: 'mentee',
    minutes: 180,
    format: 'in_person',
    required: false,
    title: { nl: 'Solliciteren in België', fr: 'Postuler en Belgique', en: 'Applying for jobs in Belgium' },
    description: {
      nl: 'Brieven, sollicitatiegesprekken en wat werkgevers verwachten.',
      fr: 'Lettres, entretiens d’embauche et attentes des employeurs.',
      en: 'Letters, job interviews and what employers expect.',
    },
  },
  {
    code: 'talents-cv',
    audience: 'mentee',
    minutes: 150,
    format: 'self_study',
    required: false,
    title: { nl: 'Van talent naar cv', fr: 'Du talent au CV', en: 'From talents to a CV' },
    description: {
      nl: 'Je ervaring, ook van in het buitenland, omzetten in een sterk cv.',
      fr: 'Transformer votre expérience, aussi à l’étranger, en un CV solide.',
      en: 'Turning your experience, also from abroad, into a strong CV.',
    },
  },
  {
    code: 'coaching-skills',
    audience: 'mentor',
    minutes: 180,
    format: 'in_person',
    required: false,
    title: { nl: 'Coachingsvaardigheden', fr: 'Compétences de coaching', en: 'Coaching skills' },
    description: {
      nl: 'Luisteren, vragen stellen en feedback geven die werkt.',
      fr: 'Écouter, poser des questions et donner un retour utile.',
      en: 'Listening, asking questions and giving feedback that works.',
    },
  },
  {
    code: 'mentor-network',
    audience: 'mentor',
    minutes: 120,
    format: 'in_person',
    required: false,
    title: {
      nl: 'Netwerkavond voor mentoren',
      fr: 'Soirée réseau des mentors',
      en: 'Mentor network evening',
    },
    description: {
      nl: 'Ervaringen delen met andere mentoren.',
      fr: 'Partager son expérience avec d’autres mentors.',
      en: 'Sharing experience with other mentors.',
    },
  },
  {
    code: 'diversity',
    audience: 'mentor',
    minutes: 180,
    format: 'in_person',
    required: true,
    title: {
      nl: 'Diversiteit en discriminatie',
      fr: 'Diversité et discrimination',
      en: 'Diversity and discrimination',
    },
    description: {
      nl: 'Vooroordelen en discriminatie op de arbeidsmarkt herkennen en aanpakken.',
      fr: 'Reconnaître et combattre les préjugés et la discrimination à l’embauche.',
      en: 'Recognising and tackling bias and discrimination in hiring.',
    },
  },
];

/**
 * Demo modules with a past and a coming session each (the self-study module has pages instead);
 * accepted demo mentors, and those in a partnership, attended the required one.
 */
export async function addDemoTraining(trx: Kysely<Database>, now: Date): Promise<number> {
  let added = 0;
  const iso = now.toISOString();
  for (const [index, m] of modules.entries()) {
    if (await trx.selectFrom('training_modules').select('id').where('code', '=', m.code).executeTakeFirst())
      continue;
    const moduleId = randomUUID();
    await trx
      .insertInto('training_modules')
      .values({
        id: moduleId,
        code: m.code,
        audience: m.audience,
        title: JSON.stringify(m.title),
        description: JSON.stringify(m.description),
        duration_minutes: m.minutes,
        format: m.format,
        languages: JSON.stringify(['nl', 'fr']),
        goals: JSON.stringify({ nl: [], fr: [], en: [] }),
        required_for_matching: m.required ? 1 : 0,
        kind: m.code === 'mentor-network' ? 'network_event' : 'training',
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    if (m.format === 'self_study') {
      await trx
        .insertInto('training_pages')
        .values(
          talentsCvPages.map((page, position) => ({
            id: randomUUID(),
            module_id: moduleId,
            position: position + 1,
            title: JSON.stringify(page.title),
            body: JSON.stringify({
              nl: sanitisePageHtml(page.body.nl).html,
              fr: sanitisePageHtml(page.body.fr).html,
              en: sanitisePageHtml(page.body.en).html,
            }),
            created_at: iso,
            updated_at: iso,
          })),
        )
        .execute();
      added += 1;
      continue;
    }
    const sessions = [-21, 14 + index].map((days) => {
      const start = new Date(now.getTime() + days * 86_400_000);
      start.setUTCHours(17, 30, 0, 0);
      return {
        id: randomUUID(),
        module_id: moduleId,
        starts_at: start.toISOString(),
        ends_at: new Date(start.getTime() + m.minutes * 60_000).toISOString(),
        place:
          m.code === 'mentor-network'
            ? 'Netwerkavond, Minderhedenforum, Brussel'
            : 'Minderhedenforum, Brussel',
        video_url: null,
        trainer: 'Nadia Benali',
        capacity: 16,
        language: index % 2 ? 'fr' : 'nl',
        created_at: iso,
      };
    });
    await trx.insertInto('training_sessions').values(sessions).execute();
    if (m.required) {
      const mentors = await trx
        .selectFrom('people')
        .select('id')
        .where('kind', '=', 'mentor')
        .where('status', 'in', ['accepted', 'in_partnership'])
        .where('email', 'like', '%@demo.mentor2work.be')
        .execute();
      for (const mentor of mentors) {
        await trx
          .insertInto('training_registrations')
          .values({
            id: randomUUID(),
            session_id: sessions[0]!.id,
            person_id: mentor.id,
            status: 'attended',
            registered_at: iso,
            registered_by: null,
            updated_at: iso,
          })
          .execute();
      }
    }
    added += 1;
  }
  return added;
}
