/**
 * The statuses in which a person is on their way to, or in, a partnership: training still matters to
 * them (the overview's "still lacks a required module"; the directory's active mentors).
 */
export const activeMenteeStatuses = ['assessed', 'ready_to_match', 'in_partnership'] as const;
export const activeMentorStatuses = [
  'accepted',
  'trained',
  'available',
  'in_partnership',
  'resting',
] as const;

/** Attended out of those whose attendance was recorded; null before any was. */
export function attendanceRate(attended: number, absent: number): number | null {
  const recorded = attended + absent;
  return recorded === 0 ? null : Math.round((attended / recorded) * 1000) / 1000;
}
