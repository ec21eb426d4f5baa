import type { Kysely } from 'kysely';
import { defaultProgramme } from '../../contracts/questionnaire-vocabulary.js';
import {
  builtInInstruments,
  type ReferenceOption,
} from '../../domain/questionnaires/built-in-instruments.js';
import { insertInstrument, insertVersion, putScheduleEntry } from '../queries/questionnaires.js';
import type { Database } from '../schema.js';

/** NACE section titles are in capitals in the source list; a reader sees them in sentence case. */
function sentenceCase(label: string, locale: string): string {
  return label.charAt(0) + label.slice(1).toLocaleLowerCase(locale);
}

async function referenceOptions(
  db: Kysely<Database>,
): Promise<{ sectors: ReferenceOption[]; occupations: ReferenceOption[] }> {
  const [sectors, occupations] = await Promise.all([
    db
      .selectFrom('ref_sectors')
      .select(['code', 'label_nl', 'label_fr', 'label_en'])
      .where('level', '=', 1)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('ref_occupations')
      .select(['isco_code', 'label_nl', 'label_fr', 'label_en'])
      .where('kind', '=', 'isco')
      .where('level', '=', 1)
      .orderBy('isco_code')
      .execute(),
  ]);
  return {
    sectors: sectors.map((s) => ({
      value: `nace_${s.code.toLowerCase()}`,
      text: {
        nl: sentenceCase(s.label_nl, 'nl'),
        fr: sentenceCase(s.label_fr, 'fr'),
        en: sentenceCase(s.label_en, 'en'),
      },
    })),
    occupations: occupations.map((o) => ({
      value: `isco_${o.isco_code}`,
      text: { nl: o.label_nl, fr: o.label_fr, en: o.label_en },
    })),
  };
}

/**
 * Publishes the built-in instruments a fresh install has (version 1 of each) and puts them in the
 * default schedule. An instrument whose code exists is left as it is: a published version never
 * changes, and an admin's changes to the schedule are not undone at the next start.
 */
export async function loadBuiltInInstruments(db: Kysely<Database>, now: Date): Promise<void> {
  const at = now.toISOString();
  const { sectors, occupations } = await referenceOptions(db);
  for (const instrument of builtInInstruments(sectors, occupations)) {
    const id = `builtin-${instrument.code}`;
    const inserted = await insertInstrument(db, {
      id,
      code: instrument.code,
      title: JSON.stringify(instrument.title),
      built_in: 1,
      created_at: at,
      created_by: null,
    });
    if (!inserted) continue;
    const versionId = `${id}-v1`;
    await insertVersion(db, {
      id: versionId,
      instrument_id: id,
      version: 1,
      status: 'published',
      languages: JSON.stringify(instrument.languages),
      items: JSON.stringify(instrument.items),
      created_at: at,
      updated_at: at,
      published_at: at,
      published_by: null,
    });
    for (const entry of instrument.schedule)
      await putScheduleEntry(db, {
        id: `${versionId}-${entry.moment}-${entry.role}`,
        programme: defaultProgramme,
        moment: entry.moment,
        respondent_role: entry.role,
        instrument_id: id,
        instrument_version_id: versionId,
        created_at: at,
        created_by: null,
      });
  }
}
