/**
 * How long each class of personal data is kept, and why (docs/privacy.md shows the same table;
 * a test checks that they agree). Pure: the clock comes in as an argument.
 */

/**
 * delete: the records go. erase: the person is erased as on request (services/privacy/erase-person.ts),
 * legal holds included. keep: counted in the report, never removed (see the rule's reason).
 */
export type RetentionAction = 'delete' | 'erase' | 'keep';

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
  /**
   * True for the classes that remove what people wrote or who they are: the daily job touches them only
   * once an admin has read the dry-run report and set RETENTION_ENFORCE=true. The others (sessions,
   * throttles, claims) are removed always.
   */
  readonly needsConsentToEnforce: boolean;
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    dataClass: 'applications-not-taken-up',
    label: 'Applications not taken up',
    days: 365,
    countedFrom: 'the last change of status',
    action: 'erase',
    reason: 'lets a returning applicant pick up within a programme year',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'ineligible-applicants',
    label: 'Applicants not admitted',
    days: 180,
    countedFrom: 'the decision',
    action: 'erase',
    reason:
      'answers questions about the decision (ineligible mentee, mentor not taken on); no longer needed after',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'ended-partnerships',
    label: 'People whose part ended',
    days: 1825,
    countedFrom: 'the end (completed, left early, left)',
    action: 'erase',
    reason: 'funder reporting and audit of the subsidised programme (5 years)',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'meeting-notes',
    label: 'Meeting notes',
    days: 730,
    countedFrom: 'the end of the partnership',
    action: 'delete',
    reason: 'follow-up of the mentee after the cycle',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'uploads',
    label: 'Uploads (CVs, documents)',
    days: 365,
    countedFrom: "the end of the person's part",
    action: 'delete',
    reason: 'only needed while the mentee is supported',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'audit-events',
    label: 'Audit events',
    days: 1825,
    countedFrom: 'the event',
    action: 'keep',
    reason: 'accountability of staff access; chained and sealed (docs/security.md), so kept whole',
    needsConsentToEnforce: false,
  },
  {
    dataClass: 'outbox-emails',
    label: 'Outbox emails',
    days: 90,
    countedFrom: 'sending (a failed email: queuing)',
    action: 'delete',
    reason: 'delivery problems are investigated within weeks',
    needsConsentToEnforce: true,
  },
  {
    dataClass: 'sessions',
    label: 'Sessions',
    days: 0,
    countedFrom: 'expiry',
    action: 'delete',
    reason: 'an expired session has no use',
    needsConsentToEnforce: false,
  },
  {
    dataClass: 'sign-in-throttles',
    label: 'Sign-in throttles',
    days: 1,
    countedFrom: 'the last failure',
    action: 'delete',
    reason: 'only slows down guessing for a short while',
    needsConsentToEnforce: false,
  },
  {
    dataClass: 'job-claims',
    label: 'Job claims',
    days: 400,
    countedFrom: 'the run',
    action: 'delete',
    reason: 'prevents a second email; outlives every key it guards (fortnights, months, days)',
    needsConsentToEnforce: false,
  },
  {
    dataClass: 'follow-up-links',
    label: 'Follow-up links',
    days: 30,
    countedFrom: 'expiry',
    action: 'delete',
    reason: 'an expired link has no use',
    needsConsentToEnforce: false,
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
