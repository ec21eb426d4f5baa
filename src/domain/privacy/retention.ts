/**
 * How long each class of personal data is kept, and why (docs/privacy.md shows the same table;
 * a test checks that they agree). Pure: the clock comes in as an argument.
 */

export type RetentionAction = 'delete' | 'anonymise' | 'awaits-erasure';

export interface RetentionRule {
  /** Stable key of the data class. */
  readonly dataClass: string;
  /** Label in docs/privacy.md. */
  readonly label: string;
  /** Retention period in days, counted from `countedFrom`. */
  readonly days: number;
  readonly countedFrom: string;
  readonly action: RetentionAction;
  readonly reason: string;
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    dataClass: 'applications-not-taken-up',
    label: 'Applications not taken up',
    days: 365,
    countedFrom: 'last change of the application',
    action: 'awaits-erasure',
    reason: 'lets a returning applicant pick up within a programme year',
  },
  {
    dataClass: 'ineligible-applicants',
    label: 'Ineligible applicants',
    days: 180,
    countedFrom: 'the decision',
    action: 'awaits-erasure',
    reason: 'answers questions about the decision; no longer needed after',
  },
  {
    dataClass: 'ended-partnerships',
    label: 'Ended partnerships',
    days: 1825,
    countedFrom: 'the end of the partnership',
    action: 'awaits-erasure',
    reason: 'funder reporting and audit of the subsidised programme (5 years)',
  },
  {
    dataClass: 'meeting-notes',
    label: 'Meeting notes',
    days: 730,
    countedFrom: 'the end of the partnership',
    action: 'awaits-erasure',
    reason: 'follow-up of the mentee after the cycle',
  },
  {
    dataClass: 'uploads',
    label: 'Uploads (CVs, documents)',
    days: 365,
    countedFrom: 'the end of the partnership or the application',
    action: 'awaits-erasure',
    reason: 'only needed while the mentee is supported',
  },
  {
    dataClass: 'audit-events',
    label: 'Audit events',
    days: 1825,
    countedFrom: 'the event',
    action: 'delete',
    reason: 'accountability of staff access, as long as the funder may audit',
  },
  {
    dataClass: 'outbox-emails',
    label: 'Outbox emails',
    days: 90,
    countedFrom: 'sending',
    action: 'delete',
    reason: 'delivery problems are investigated within weeks',
  },
  {
    dataClass: 'sessions',
    label: 'Sessions',
    days: 0,
    countedFrom: 'expiry',
    action: 'delete',
    reason: 'an expired session has no use',
  },
  {
    dataClass: 'sign-in-throttles',
    label: 'Sign-in throttles',
    days: 1,
    countedFrom: 'the last failure',
    action: 'delete',
    reason: 'only slows down guessing for a short while',
  },
  {
    dataClass: 'job-claims',
    label: 'Job claims',
    days: 30,
    countedFrom: 'the run',
    action: 'delete',
    reason: 'only prevents a job from running twice',
  },
  {
    dataClass: 'follow-up-links',
    label: 'Follow-up links',
    days: 30,
    countedFrom: 'expiry',
    action: 'delete',
    reason: 'an expired link has no use',
  },
];

const DAY_MS = 86_400_000;

/** Records whose period started before this instant have expired. A record exactly at the cutoff stays. */
export function retentionCutoff(rule: Pick<RetentionRule, 'days'>, now: Date): Date {
  return new Date(now.getTime() - rule.days * DAY_MS);
}

export function isExpired(rule: Pick<RetentionRule, 'days'>, startedAt: Date, now: Date): boolean {
  return startedAt.getTime() < retentionCutoff(rule, now).getTime();
}

export function retentionRule(dataClass: string): RetentionRule | undefined {
  return RETENTION_RULES.find((r) => r.dataClass === dataClass);
}
