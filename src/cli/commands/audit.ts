import type { Config } from '../../app/config.js';
import type { AppDeps } from '../../app/deps.js';
import { sealAuditEvents, verifyAuditChain } from '../../services/audit/audit-chain.js';
import { addKeyToFile, createKeyFile } from '../../services/secrets/keyring.js';

/**
 * `audit verify`: walks the audit chain and the exported day files; exits 1 naming the first broken
 * link. `audit seal [--settle-seconds N]`: seals the settled events now (the server does it on a timer).
 */
export async function auditCommand(
  deps: AppDeps,
  action: string | undefined,
  values: { 'settle-seconds'?: string | undefined; dir?: string | undefined },
): Promise<number> {
  if (action === 'verify') {
    const result = await verifyAuditChain(deps, values.dir ? { exportDir: values.dir } : {});
    if (!result.ok) {
      console.error(`audit verify: BROKEN after ${result.links} good links: ${result.problem}.`);
      return 1;
    }
    console.log(
      `audit verify: ok, ${result.links} links checked, ${result.filesChecked} export files agree; ${result.unsealed} recent events wait for their seal.`,
    );
    return 0;
  }
  if (action === 'seal') {
    const text = values['settle-seconds'] ?? '60';
    const seconds = Number(text);
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) {
      console.error(`audit seal: --settle-seconds "${text}" must be a whole number from 0 to 3600.`);
      return 2;
    }
    const { sealed } = await sealAuditEvents(deps, { settleMs: seconds * 1000 });
    console.log(`audit seal: ${sealed} events sealed.`);
    return 0;
  }
  console.error('Usage: mentor2work audit verify [--dir EXPORT_DIR] | audit seal [--settle-seconds N]');
  return 2;
}

/**
 * `keys rotate encryption|audit`: adds a fresh key to the key file, which becomes the current key; the
 * older keys stay so that what they sealed can still be read or checked. Restart the servers after it
 * (and copy the file to every server that shares the database).
 */
export function keysCommand(deps: AppDeps, action: string | undefined, which: string | undefined): number {
  const files = { encryption: deps.config.encryptionKeyFile, audit: deps.config.auditKeyFile } as const;
  if (action !== 'rotate' || (which !== 'encryption' && which !== 'audit')) {
    console.error('Usage: mentor2work keys rotate encryption|audit');
    return 2;
  }
  const id = addKeyToFile(files[which], deps.now());
  console.log(
    `keys rotate: the ${which} key ${id} was added to ${files[which]} and is now current; restart every server that uses this file.`,
  );
  return 0;
}

/**
 * `keys init`: creates the encryption and the audit key files where the settings name them, each with
 * one fresh key; a file that exists is left alone. Run it once for servers that share a PostgreSQL
 * database, then copy both files to every server (docs/deployment.md).
 */
export function keysInitCommand(config: Config): number {
  const files = [
    { file: config.encryptionKeyFile, title: 'encryption keys' },
    { file: config.auditKeyFile, title: 'audit chain keys' },
  ];
  for (const { file, title } of files)
    console.log(
      createKeyFile(file, title)
        ? `keys init: created ${file} (${title}).`
        : `keys init: ${file} exists already; left as it is.`,
    );
  console.log(
    'Copy both files to every server that uses this database (mode 0600, owned by the service account).',
  );
  return 0;
}
