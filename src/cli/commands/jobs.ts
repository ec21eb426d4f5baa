import { dailyJobs } from '../../app/jobs.js';
import type { Deps } from '../../services/context.js';
import { runDailyJobs } from '../../services/jobs/run-daily-jobs.js';

/**
 * `jobs run [--at ISO]`: runs the daily jobs once (as of `--at` when given) and prints the summary as
 * JSON. Exits non-zero when a job failed.
 */
export async function jobsCommand(
  deps: Deps,
  action: string | undefined,
  at: string | undefined,
): Promise<number> {
  if (action !== 'run') {
    console.error('Usage: mentor2work jobs run [--at ISO-TIME]');
    return 2;
  }
  let runDeps = deps;
  if (at !== undefined) {
    const fixed = new Date(at);
    if (Number.isNaN(fixed.getTime())) {
      console.error(`jobs: --at "${at}" is not a date and time (use ISO 8601, e.g. 2026-12-02T08:00:00Z).`);
      return 2;
    }
    runDeps = { ...deps, now: () => new Date(fixed) };
  }
  const outcomes = await runDailyJobs(runDeps, dailyJobs);
  console.log(JSON.stringify({ at: runDeps.now().toISOString(), jobs: outcomes }, null, 2));
  return outcomes.every((o) => o.ok) ? 0 : 1;
}
