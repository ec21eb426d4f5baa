import { storedKeyIds } from '../../db/queries/sealed-values.js';
import type { Deps } from '../context.js';

/**
 * Start-up check: every key id a stored secret was sealed with is in this server's keys. A server
 * given the wrong key file (another server's, or a fresh one) would otherwise start, then fail on the
 * first second step or report it opens; it refuses to start instead, naming what it cannot read.
 */
export async function missingStoredKeys(deps: Pick<Deps, 'db' | 'keyring' | 'auditKeys'>): Promise<string[]> {
  const used = await storedKeyIds(deps.db);
  const problems: string[] = [];
  for (const use of used.encryption)
    if (!deps.keyring.hasKey(use.keyId))
      problems.push(
        `${use.count} value(s) in ${use.where} are sealed with encryption key "${use.keyId}", which is not in this server's encryption keys.`,
      );
  for (const use of used.audit)
    if (deps.auditKeys.hmac(use.keyId, '') === null)
      problems.push(
        `${use.count} audit chain link(s) are sealed with audit key "${use.keyId}", which is not in this server's audit keys.`,
      );
  return problems;
}
