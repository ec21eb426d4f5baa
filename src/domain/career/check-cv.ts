/**
 * The checks on a CV that a schema cannot express: codes that must exist (ISO 3166 countries,
 * ISO 639 languages) and periods that must run forward. Pure: Intl's tables are data, not I/O.
 */
export interface CvProblem {
  path: Array<string | number>;
  code: string;
  message: string;
}

export interface CheckableCv {
  experience: ReadonlyArray<{ country: string; from: string; to: string | null }>;
  education: ReadonlyArray<{ country: string }>;
  languages: { motherTongues: readonly string[]; foreign: ReadonlyArray<{ code: string }> };
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code of a country or territory ("BE", "SY", "ER"); "XX" and "EU" are not. */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || ['EU', 'UN', 'EZ', 'ZZ', 'QO'].includes(code)) return false;
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

/** An ISO 639 code that Intl names ("ti" -> Tigrinya). */
export function isKnownLanguageCode(code: string): boolean {
  try {
    const name = languageNames.of(code);
    return name !== undefined && name !== code;
  } catch {
    return false;
  }
}

/** Every problem of a CV at once, each naming its field. */
export function checkCv(cv: CheckableCv): CvProblem[] {
  const problems: CvProblem[] = [];
  cv.experience.forEach((job, i) => {
    if (!isKnownCountry(job.country))
      problems.push({
        path: ['content', 'experience', i, 'country'],
        code: 'cv.unknown_country',
        message: `Unknown country ${job.country}`,
      });
    if (job.to !== null && job.to < job.from)
      problems.push({
        path: ['content', 'experience', i, 'to'],
        code: 'cv.ends_before_start',
        message: 'The end month is before the start month.',
      });
  });
  cv.education.forEach((diploma, i) => {
    if (!isKnownCountry(diploma.country))
      problems.push({
        path: ['content', 'education', i, 'country'],
        code: 'cv.unknown_country',
        message: `Unknown country ${diploma.country}`,
      });
  });
  const seen = new Set<string>();
  const language = (code: string, path: Array<string | number>) => {
    if (!isKnownLanguageCode(code))
      problems.push({ path, code: 'cv.unknown_language', message: `Unknown language ${code}` });
    else if (seen.has(code))
      problems.push({ path, code: 'cv.duplicate_language', message: `${code} is listed twice.` });
    seen.add(code);
  };
  cv.languages.motherTongues.forEach((code, i) => {
    language(code, ['content', 'languages', 'motherTongues', i]);
  });
  cv.languages.foreign.forEach((l, i) => {
    language(l.code, ['content', 'languages', 'foreign', i, 'code']);
  });
  return problems;
}

/** The number of the next version: versions are 1, 2, 3 ... per mentee and never change. */
export function nextVersionNumber(latest: number | null): number {
  return (latest ?? 0) + 1;
}

/**
 * Whether an editor that started from `basedOn` may save: only when nobody saved a newer version in
 * between (otherwise their changes would silently hide the other's).
 */
export function isUpToDate(basedOn: number | null, latest: number | null): boolean {
  return (basedOn ?? null) === (latest ?? null);
}

/** Whether a comment's target exists in the version: an item section needs an existing item. */
export function commentTargetExists(
  cv: { experience: readonly unknown[]; education: readonly unknown[] },
  section: string,
  itemIndex: number | undefined,
): boolean {
  if (section === 'experience' || section === 'education') {
    const items = section === 'experience' ? cv.experience : cv.education;
    return itemIndex !== undefined && itemIndex >= 0 && itemIndex < items.length;
  }
  return itemIndex === undefined;
}
