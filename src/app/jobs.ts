import { auditExportJob } from '../services/audit/audit-chain.js';
import type { DailyJob } from '../services/jobs/daily-job.js';
import { partnershipCadenceJob } from '../services/partnerships/partnership-jobs.js';
import { erasureHoldJob } from '../services/privacy/erase-person.js';
import { retentionJob } from '../services/privacy/retention.js';
import { trainingReminderJob } from '../services/training/training-reminders.js';

/**
 * Every daily job, in the order they run: the server's timer (app/job-timer.ts) and
 * `mentor2work jobs run` run this list. A feature adds its own here (one line).
 */
export const dailyJobs: readonly DailyJob[] = [
  trainingReminderJob,
  partnershipCadenceJob,
  erasureHoldJob,
  retentionJob,
  auditExportJob,
];
