/**
 * The programme's word lists (statuses, levels, reasons ...), without zod, so the web app can import
 * them without pulling the validation library into its bundle. contracts/people.ts builds its schemas on them.
 */
/** CEFR levels, plus "native" for a mother tongue. */
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const personKinds = ['mentee', 'mentor'] as const;

/** DESIGN.md section 3. */
export const menteeStatuses = [
  'applied',
  'intake_planned',
  'assessed',
  'ready_to_match',
  'ineligible',
  'in_partnership',
  'completed',
  'left_early',
  'followed_up',
] as const;

export const mentorStatuses = [
  'applied',
  'intake_planned',
  'accepted',
  'declined',
  'trained',
  'available',
  'in_partnership',
  'resting',
  'left',
] as const;

export const heardFromOptions = [
  'association',
  'friend',
  'public_employment_service',
  'social_media',
  'employer',
  'event',
  'other',
] as const;

export const educationLevels = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;

export const trainingNeeds = [
  'sector_orientation',
  'job_applications',
  'cv_and_talents',
  'dutch_language',
  'digital_skills',
  'coaching_skills',
  'diversity_training',
  'networking',
] as const;

export const menteeDecisionReasons = [
  'age',
  'no_migrant_background',
  'no_work_experience',
  'recognised_qualification',
  'not_reachable',
  'withdrew',
  'other',
] as const;

export const mentorDecisionReasons = [
  'no_sector_experience',
  'not_available',
  'not_reachable',
  'withdrew',
  'other',
] as const;

export const caseloadSorts = ['applied_desc', 'applied_asc', 'name_asc', 'status'] as const;
