import type { Kysely } from 'kysely';
import { isNamedLanguage } from '../../contracts/language-names.js';
import {
  existingOccupationCodes,
  existingSkillUris,
  findPostcode,
  sectorExists,
} from '../../db/queries/reference.js';
import type { Database } from '../../db/schema.js';

export interface FieldProblem {
  path: Array<string | number>;
  code: string;
  message: string;
}

/** ISO 639 codes that have a name (the reviewed table or Intl: "ti" -> Tigrinya); "xx" is refused. */
export const isKnownLanguage = isNamedLanguage;

/**
 * Checks codes against the reference lists and collects one problem per wrong field, so a form can
 * show them all at once. Returns the postcode's region when the postcode exists.
 */
export async function checkReferenceCodes(
  db: Kysely<Database>,
  input: {
    postcode?: { path: Array<string | number>; value: string };
    sector?: { path: Array<string | number>; value: string };
    occupations?: Array<{ path: Array<string | number>; value: string }>;
    skills?: Array<{ path: Array<string | number>; value: string }>;
    languages?: Array<{ path: Array<string | number>; value: string }>;
  },
): Promise<{ problems: FieldProblem[]; region: string | null }> {
  const problems: FieldProblem[] = [];
  let region: string | null = null;
  if (input.postcode) {
    const found = await findPostcode(db, input.postcode.value);
    if (found) region = found.region_code;
    else
      problems.push({
        path: input.postcode.path,
        code: 'application.unknown_postcode',
        message: `Unknown Belgian postcode ${input.postcode.value}`,
      });
  }
  if (input.sector && !(await sectorExists(db, input.sector.value))) {
    problems.push({
      path: input.sector.path,
      code: 'application.unknown_sector',
      message: `Unknown NACE sector ${input.sector.value}`,
    });
  }
  const occupations = input.occupations ?? [];
  const knownOccupations = await existingOccupationCodes(
    db,
    occupations.map((o) => o.value),
  );
  for (const o of occupations)
    if (!knownOccupations.has(o.value))
      problems.push({
        path: o.path,
        code: 'application.unknown_occupation',
        message: `Unknown occupation ${o.value}`,
      });
  const skills = input.skills ?? [];
  const knownSkills = await existingSkillUris(
    db,
    skills.map((s) => s.value),
  );
  for (const s of skills)
    if (!knownSkills.has(s.value))
      problems.push({ path: s.path, code: 'application.unknown_skill', message: `Unknown skill ${s.value}` });
  for (const l of input.languages ?? [])
    if (!isKnownLanguage(l.value))
      problems.push({
        path: l.path,
        code: 'application.unknown_language',
        message: `Unknown language ${l.value}`,
      });
  return { problems, region };
}
