import type { Deps } from '../context.js';
import type { DailyJob, JobOutcome } from './daily-job.js';

/**
 * Runs the given jobs one after the other and reports each; a job that fails is logged and reported
 * and never stops the others. The server's timer and `mentor2work jobs run` pass app/jobs.ts.
 */
export async function runDailyJobs(
  deps: Deps,
  jobs: readonly DailyJob[],
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
  if (outcomes.some((o) => o.ok && o.sent > 0)) await deps.mailer.deliverQueued(deps.db, deps.now);
  return outcomes;
}
