import type { AppDeps } from '../../app/deps.js';
import { cliContext } from '../../services/context.js';
import { applyRetention, retentionReport } from '../../services/privacy/retention.js';

/**
 * `retention report`: the dry run, per data class how many records are past their period (JSON).
 * `retention run`: removes them now, as the daily job does (people's records only with
 * RETENTION_ENFORCE=true); prints what it removed. Safe while the server runs.
 */
export async function retentionCommand(deps: AppDeps, action: string | undefined): Promise<number> {
  if (action === 'report') {
    const report = await retentionReport(deps, cliContext);
    if (!report.ok) {
      console.error(`retention report: ${report.error.message}`);
      return 1;
    }
    console.log(JSON.stringify(report.value, null, 2));
    return 0;
  }
  if (action === 'run') {
    console.log(JSON.stringify(await applyRetention(deps), null, 2));
    return 0;
  }
  console.error('Usage: mentor2work retention report | retention run');
  return 2;
}
