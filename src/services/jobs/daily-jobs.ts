import type { Deps } from '../context.js';
import { partnershipCadenceJob } from '../partnerships/partnership-jobs.js';
import { trainingReminderJob } from '../training/training-reminders.js';

/** A job run every day (or more often: each job acts once per thing through claimOnce). */
export interface DailyJob {
  name: string;
  run(deps: Deps): Promise<{ sent: number }>;
}

export type JobOutcome =
  | { name: string; ok: true; sent: number }
  | { name: string; ok: false; error: string };

/** Every daily job. A feature adds its own here (one line). */
export const dailyJobs: readonly DailyJob[] = [trainingReminderJob, partnershipCadenceJob];

/**
 * Runs every job one after the other and reports each; a job that fails is logged and reported and
 * never stops the others.
 */
export async function runDailyJobs(
  deps: Deps,
  jobs: readonly DailyJob[] = dailyJobs,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      const { sent } = await job.run(deps);
      outcomes.push({ name: job.name, ok: true, sent });
    } catch (error) {
      log(`job ${job.name} failed`, error);
      outcomes.push({
        name: job.name,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (outcomes.some((o) => o.ok && o.sent > 0)) await deps.mailer.deliverQueued(deps.db.kysely, deps.now);
  return outcomes;
}
