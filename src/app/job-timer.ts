import { sealAuditEvents } from '../services/audit/audit-chain.js';
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
  const stopSealing = startAuditSealing(deps, log);
  const interval = deps.config.jobsIntervalMs;
  if (interval <= 0) return stopSealing;
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
    stopSealing();
    clearTimeout(first);
    clearInterval(every);
  };
}

/** Seals new audit events into the chain every `AUDIT_SEAL_SECONDS` (never two runs at once). */
function startAuditSealing(deps: AppDeps, log: { error(o: object, m: string): void }): () => void {
  if (deps.config.auditSealMs <= 0) return () => undefined;
  let running = false;
  const every = setInterval(() => {
    if (running) return;
    running = true;
    sealAuditEvents(deps)
      .catch((error: unknown) => log.error({ err: error }, 'sealing the audit chain failed'))
      .finally(() => {
        running = false;
      });
  }, deps.config.auditSealMs);
  every.unref();
  return () => clearInterval(every);
}
