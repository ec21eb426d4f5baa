import type { Deps } from '../context.js';

/**
 * A job run every day (or more often: each job acts once per thing through claimOnce). A feature
 * defines its job beside its use cases; the list of jobs that run is app/jobs.ts.
 */
export interface DailyJob {
  name: string;
  run(deps: Deps): Promise<{ sent: number }>;
}

/** What one job did in a run, or why it failed. */
export type JobOutcome =
  | { name: string; ok: true; sent: number }
  | { name: string; ok: false; error: string };
