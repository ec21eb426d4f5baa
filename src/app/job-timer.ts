import { runDailyJobs } from '../services/jobs/run-daily-jobs.js';
import type { AppDeps } from './deps.js';
import { dailyJobs } from './jobs.js';

/**
 * Runs the daily jobs (app/jobs.ts) in the server process: a minute after the start, then every
 * `JOBS_INTERVAL_MINUTES`. A run never overlaps the previous one; several servers may run them at
 * once (each action is claimed once in the database). Returns the function that stops the timer.
 */
export function startJobTimer(
  deps: AppDeps,
  log: { info(o: object, m: string): void; error(o: object, m: string): void },
): () => void {
  const interval = deps.config.jobsIntervalMs;
  if (interval <= 0) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const outcomes = await runDailyJobs(deps, dailyJobs, (message, error) =>
        log.error({ err: error }, message),
      );
      log.info({ jobs: outcomes }, 'daily jobs ran');
    } catch (error) {
      log.error({ err: error }, 'daily jobs failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), Math.min(60_000, interval));
  const every = setInterval(() => void tick(), interval);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
