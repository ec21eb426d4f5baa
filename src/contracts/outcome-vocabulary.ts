/**
 * What a funder asks about the outcome of a mentoring cycle, written once (zod-free, so the domain
 * and the web app can import it): the outcome type and, for a job, its contract and hours. The
 * sector of a job is a NACE code from the reference list, shown by its label.
 */
export const outcomeTypes = ['job', 'internship', 'training', 'studies', 'still_searching', 'other'] as const;
export type OutcomeType = (typeof outcomeTypes)[number];

export const contractTypes = ['permanent', 'fixed_term', 'interim', 'self_employed', 'other'] as const;
export type ContractType = (typeof contractTypes)[number];

export const workingHours = ['full_time', 'part_time'] as const;
export type WorkingHours = (typeof workingHours)[number];
