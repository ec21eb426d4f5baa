/** The statuses in which training still matters to a person: their one list is in contracts/people-vocabulary.ts. */
export { activeMenteeStatuses, activeMentorStatuses } from '../../contracts/people-vocabulary.js';

/** Attended out of those whose attendance was recorded; null before any was. */
export function attendanceRate(attended: number, absent: number): number | null {
  const recorded = attended + absent;
  return recorded === 0 ? null : Math.round((attended / recorded) * 1000) / 1000;
}
