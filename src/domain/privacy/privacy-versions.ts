import type { Locale, Role } from '../../contracts/base-vocabulary.js';
import { isOneOf, participantRoles } from '../../contracts/base-vocabulary.js';

/** One version of the privacy text: in force from a day, in every language, with what changed. */
export interface PrivacyVersion {
  /** Stored with each acceptance and consent, e.g. `2026-11`. */
  id: string;
  /** The day (YYYY-MM-DD) from which this version applies. */
  inForce: string;
  texts: Record<Locale, { title: string; paragraphs: readonly string[] }>;
  /** What changed against the version before, in plain words; null for the first version. */
  changes: Record<Locale, string> | null;
}

/**
 * The version in force on `today` (YYYY-MM-DD): the newest one whose day has come. A version added
 * ahead of its day waits; when none has come yet, the oldest applies.
 */
export function currentPrivacyVersion(versions: readonly PrivacyVersion[], today: string): PrivacyVersion {
  const ordered = [...versions].sort((a, b) => a.inForce.localeCompare(b.inForce));
  const first = ordered[0];
  if (!first) throw new Error('No privacy text version is defined.');
  return ordered.filter((v) => v.inForce <= today).at(-1) ?? first;
}

/** The roles a new privacy text is put before: the participants (staff are not asked, see below). */
export function isAskedToAcceptPrivacy(role: Role): boolean {
  return isOneOf(participantRoles, role);
}

/**
 * Whether a signed-in person must read and accept the current version before going on. Participants
 * (mentees, mentors) who accepted an older version are asked; someone who accepted the current one
 * is not. Staff accept the programme's data terms with their employment or volunteering agreement and
 * are not asked; a participant without any recorded acceptance (an import or a held intake, where the
 * coach handed the text over) is not stopped either (docs/privacy.md, "Consent over time").
 */
export function needsPrivacyAcceptance(input: {
  role: Role;
  acceptedVersions: readonly string[];
  currentVersion: string;
}): boolean {
  if (!isAskedToAcceptPrivacy(input.role)) return false;
  if (input.acceptedVersions.length === 0) return false;
  return !input.acceptedVersions.includes(input.currentVersion);
}

/**
 * What changed since the newest version the person accepted, newest first: each later version (up to
 * the current one) with its summary. Everything up to the current version when nothing was accepted.
 */
export function changesSinceAccepted(
  versions: readonly PrivacyVersion[],
  acceptedVersions: readonly string[],
  current: PrivacyVersion,
): PrivacyVersion[] {
  const ordered = [...versions].sort((a, b) => a.inForce.localeCompare(b.inForce));
  const lastAccepted = ordered.filter((v) => acceptedVersions.includes(v.id)).at(-1);
  return ordered
    .filter((v) => v.inForce <= current.inForce && (!lastAccepted || v.inForce > lastAccepted.inForce))
    .filter((v) => v.changes !== null)
    .reverse();
}
