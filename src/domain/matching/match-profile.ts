/**
 * What the matching engine knows of a mentee or a mentor, derived from the intake's assessment
 * (services fill it; this module is pure). Codes, not text: NACE sector, ISCO-08 group, ISO 639
 * languages with CEFR levels, ESCO skill URIs and free tags (folded), weekly slots "day-part".
 */
export type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

export interface LanguageAbility {
  code: string;
  understanding: Cefr;
  speaking: Cefr;
}

export interface MatchProfile {
  id: string;
  /** The person behind the profile (the same person may not be on both sides). */
  personId: string;
  /** NACE division ("86") or section ("Q"); the section is kept apart. */
  sectorCode: string | null;
  sectorSection: string | null;
  /** ISCO-08 unit group (four digits) of the target or current occupation. */
  iscoCode: string | null;
  languages: LanguageAbility[];
  /** ESCO skill URIs and folded free tags: target skills for a mentee, expertise for a mentor. */
  skills: string[];
  interests: string[];
  /** "1-evening" ... "7-morning". */
  availability: string[];
  location: { latitude: number; longitude: number } | null;
  meets: { inPerson: boolean; online: boolean };
  /** Mentees: days waited since the application. */
  waitingDays?: number;
}

export interface MentorMatchProfile extends MatchProfile {
  /** Free places: capacity minus the mentees the mentor already has. */
  freePlaces: number;
  /** Screened and accepted (or further along, and not resting or left). */
  screened: boolean;
  /** Required training modules the mentor has not completed (codes). */
  missingTraining: string[];
}

export interface MenteeMatchProfile extends MatchProfile {
  missingTraining: string[];
}

const cefrRank: Record<Cefr, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };

export function cefrAtLeast(level: Cefr, minimum: Cefr): boolean {
  return cefrRank[level] >= cefrRank[minimum];
}

export function cefrValue(level: Cefr): number {
  return cefrRank[level];
}
