import {
  finishedStatuses,
  notAdmittedStatuses,
  type PersonStatus,
  undecidedStatuses,
} from '../../contracts/people-vocabulary.js';
import { countPeopleDue, peopleDueForErasure, retentionQueries } from '../../db/queries/retention.js';
import {
  RETENTION_RULES,
  type RetentionAction,
  type RetentionRule,
  retentionCutoff,
} from '../../domain/privacy/retention.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { brusselsDay } from '../../domain/training/reminder-window.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { cliContext, type Deps, type RequestContext } from '../context.js';
import { claimOnce } from '../jobs/claim-once.js';
import type { DailyJob } from '../jobs/daily-job.js';
import { inTransaction } from '../transaction.js';
import { erasePerson } from './erase-person.js';

/** One data class in the retention report (docs/privacy.md, "Retention"). */
export interface RetentionLine {
  dataClass: string;
  label: string;
  days: number;
  action: RetentionAction;
  /** Records whose period started before this instant are past it. */
  cutoff: string;
  /** How many records are past their period now. */
  due: number;
  /** How many this run removed (0 in the dry-run report). */
  removed: number;
  /** Whether the daily job acts on this class (people's records wait for RETENTION_ENFORCE=true). */
  enforced: boolean;
  /** Why nothing or not everything was removed, when that is so. */
  note: string | null;
}

export interface RetentionReport {
  at: string;
  /** RETENTION_ENFORCE: whether the job removes people's records. */
  enforced: boolean;
  dryRun: boolean;
  lines: RetentionLine[];
}

/** The people of each erasing class. */
const statusesOf: Record<string, readonly PersonStatus[]> = {
  'applications-not-taken-up': undecidedStatuses,
  'ineligible-applicants': notAdmittedStatuses,
  'ended-partnerships': finishedStatuses,
};

/** People erased per class in one run; the next run (hourly) goes on where this one stopped. */
const ERASURES_PER_RUN = 200;

/**
 * The dry run: per data class, how many records are past their period and what the job would do.
 * For an admin (and the command line) before the job is allowed to remove people's records.
 */
export async function retentionReport(deps: Deps, ctx: RequestContext): Promise<Result<RetentionReport>> {
  const system = ctx.requestId === 'cli' && ctx.actor === null;
  if (!system && ctx.actor?.role !== 'admin')
    return fail('auth.forbidden', 'Only an administrator sees this.');
  const now = deps.now();
  const lines: RetentionLine[] = [];
  for (const rule of RETENTION_RULES) {
    const cutoff = retentionCutoff(rule, now).toISOString();
    lines.push({
      ...head(rule, cutoff, deps),
      due: await countDue(deps, rule, cutoff, now),
      removed: 0,
      note: noteOf(rule, deps),
    });
  }
  return ok({ at: now.toISOString(), enforced: deps.config.retentionEnforced, dryRun: true, lines });
}

/**
 * The daily retention job: removes what has passed its period, class by class. The deletes of a
 * class run once a day (claimed in the same transaction, with their audit event), the erasures one
 * person at a time through the erasure use case (legal holds included); running it twice, or on two
 * servers at once, removes nothing more.
 */
export async function applyRetention(deps: Deps): Promise<RetentionReport> {
  const now = deps.now();
  const day = brusselsDay(now, 0).day;
  const lines: RetentionLine[] = [];
  for (const rule of RETENTION_RULES) {
    const cutoff = retentionCutoff(rule, now).toISOString();
    const line: RetentionLine = { ...head(rule, cutoff, deps), due: 0, removed: 0, note: noteOf(rule, deps) };
    if (line.enforced && rule.action === 'delete') line.removed = await deleteClass(deps, rule, cutoff, day);
    if (line.enforced && rule.action === 'erase') {
      const { erased, left } = await eraseClass(deps, rule, cutoff);
      line.removed = erased;
      if (left > 0) line.note = `${left} more, in the next runs (${ERASURES_PER_RUN} per run)`;
    }
    line.due = await countDue(deps, rule, cutoff, now);
    lines.push(line);
  }
  return { at: now.toISOString(), enforced: deps.config.retentionEnforced, dryRun: false, lines };
}

export const retentionJob: DailyJob = {
  name: 'retention',
  run: async (deps) => {
    const report = await applyRetention(deps);
    return { sent: report.lines.reduce((sum, l) => sum + l.removed, 0) };
  },
};

function head(rule: RetentionRule, cutoff: string, deps: Deps) {
  return {
    dataClass: rule.dataClass,
    label: rule.label,
    days: rule.days,
    action: rule.action,
    cutoff,
    enforced: rule.action !== 'keep' && (!rule.needsConsentToEnforce || deps.config.retentionEnforced),
  };
}

function noteOf(rule: RetentionRule, deps: Deps): string | null {
  if (rule.action === 'keep') return 'kept whole: the audit chain would break (docs/security.md)';
  if (rule.dataClass === 'follow-up-links') return 'none stored yet: follow-up links are not built';
  if (rule.needsConsentToEnforce && !deps.config.retentionEnforced) return 'waits for RETENTION_ENFORCE=true';
  return null;
}

async function countDue(deps: Deps, rule: RetentionRule, cutoff: string, now: Date): Promise<number> {
  const db = deps.db.kysely;
  const people = statusesOf[rule.dataClass];
  if (people) return countPeopleDue(db, people, cutoff);
  switch (rule.dataClass) {
    case 'sessions':
      return retentionQueries.sessions.count(db, cutoff);
    case 'sign-in-throttles':
      return retentionQueries.signInThrottles.count(db, cutoff, now.toISOString());
    case 'job-claims':
      return retentionQueries.jobClaims.count(db, cutoff);
    case 'outbox-emails':
      return retentionQueries.outboxEmails.count(db, cutoff);
    case 'audit-events':
      return retentionQueries.auditEvents.count(db, cutoff);
    case 'meeting-notes':
      return retentionQueries.meetingNotes.count(db, cutoff);
    case 'uploads':
      return retentionQueries.uploads.count(db, cutoff, finishedStatuses);
    default:
      return 0;
  }
}

/** One class's delete, its claim for the day and its audit event, in one transaction. */
async function deleteClass(deps: Deps, rule: RetentionRule, cutoff: string, day: string): Promise<number> {
  const now = deps.now();
  return inTransaction(deps, async (trx) => {
    if (!(await claimOnce(trx, `retention:${rule.dataClass}:${day}`, now))) return 0;
    let removed = 0;
    switch (rule.dataClass) {
      case 'sessions':
        removed = await retentionQueries.sessions.remove(trx, cutoff);
        break;
      case 'sign-in-throttles':
        removed = await retentionQueries.signInThrottles.remove(trx, cutoff, now.toISOString());
        break;
      case 'job-claims':
        removed = await retentionQueries.jobClaims.remove(trx, cutoff);
        break;
      case 'outbox-emails':
        removed = await retentionQueries.outboxEmails.remove(trx, cutoff);
        break;
      case 'meeting-notes':
        removed = await retentionQueries.meetingNotes.remove(trx, cutoff);
        break;
      case 'uploads':
        removed = await retentionQueries.uploads.remove(trx, cutoff, finishedStatuses);
        break;
    }
    if (removed > 0)
      await recordAuditEvent(trx, cliContext, now, {
        action: 'retention.applied',
        subjectType: 'retention',
        subjectId: rule.dataClass,
        details: { dataClass: rule.dataClass, removed, cutoff },
      });
    return removed;
  });
}

/** The people of one class erased as on request, a page per run; a person erased meanwhile is skipped. */
async function eraseClass(deps: Deps, rule: RetentionRule, cutoff: string) {
  const statuses = statusesOf[rule.dataClass] ?? [];
  const ids = await peopleDueForErasure(deps.db.kysely, statuses, cutoff, ERASURES_PER_RUN);
  let erased = 0;
  for (const personId of ids) {
    const result = await erasePerson(deps, cliContext, {
      personId,
      reason: `retention: ${rule.label.toLowerCase()}, ${rule.days} days after ${rule.countedFrom}`,
    });
    if (result.ok) erased += 1;
  }
  return { erased, left: await countPeopleDue(deps.db.kysely, statuses, cutoff) };
}
