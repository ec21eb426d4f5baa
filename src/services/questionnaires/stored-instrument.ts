import { z } from 'zod';
import type { InstrumentVersionView } from '../../contracts/questionnaires.js';
import {
  instrumentItemsSchema,
  instrumentLanguagesSchema,
  textsSchema,
} from '../../contracts/questionnaires.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import type { Database } from '../../db/schema.js';
import type { InstrumentVersion, Texts } from '../../domain/questionnaires/instrument.js';

/** The stored JSON of instruments and versions, read with their schemas (never cast). */
export function titleOf(row: { title: string }): Texts {
  return parseStoredJson(textsSchema, row.title, 'instruments.title');
}

export function versionOf(row: { languages: string; items: string }): InstrumentVersion {
  return {
    languages: parseStoredJson(instrumentLanguagesSchema, row.languages, 'instrument_versions.languages'),
    items: parseStoredJson(instrumentItemsSchema, row.items, 'instrument_versions.items'),
  };
}

export function presentVersion(row: Database['instrument_versions']): InstrumentVersionView {
  const { languages, items } = versionOf(row);
  return {
    id: row.id,
    instrumentId: row.instrument_id,
    version: row.version,
    status: row.status,
    languages: [...languages],
    items: [...items],
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

export const storedAnswersSchema = z.record(
  z.string(),
  z.union([z.number(), z.string(), z.array(z.string())]),
);
