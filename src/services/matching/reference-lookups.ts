import { readReferenceFile } from '../../db/seed/load-reference-data.js';
import type { PostcodeLocator } from './run-match-file.js';

/** Postcode coordinates and NACE sections from the shipped reference files, without a database. */
export function loadMatchLookups(): {
  locate: PostcodeLocator;
  sectionOf: (division: string) => string | null;
} {
  const places = new Map<string, { latitude: number; longitude: number }>();
  for (const row of readReferenceFile('be_postal_codes.csv').rows) {
    if (row.postal_code && !places.has(row.postal_code))
      places.set(row.postal_code, { latitude: Number(row.latitude), longitude: Number(row.longitude) });
  }
  const sections = new Map<string, string>();
  for (const row of readReferenceFile('nace_rev2.csv').rows)
    if (row.code && row.section) sections.set(row.code, row.section);
  return {
    locate: (postcode) => places.get(postcode) ?? null,
    sectionOf: (division) => sections.get(division) ?? null,
  };
}
