/**
 * The words of training (modules, sessions, registrations), zod-free so the domain and the web app
 * can import them. contracts/training.ts builds its schemas on them.
 */
export const trainingAudiences = ['mentee', 'mentor', 'both'] as const;
export type TrainingAudience = (typeof trainingAudiences)[number];

export const trainingFormats = ['in_person', 'online', 'self_study'] as const;
export type TrainingFormat = (typeof trainingFormats)[number];

/** A module is training, or a mentor network event (network evening, peer review) with the same sessions. */
export const moduleKinds = ['training', 'network_event'] as const;
export type ModuleKind = (typeof moduleKinds)[number];

export const registrationStatuses = ['registered', 'waitlisted', 'cancelled', 'attended', 'absent'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Where a module stands on a person's training path (domain/training/training-path.ts). */
export const trainingPathStates = [
  'done',
  'registered',
  'waitlisted',
  'required',
  'assigned',
  'recommended',
  'available',
] as const;
export type TrainingPathState = (typeof trainingPathStates)[number];
