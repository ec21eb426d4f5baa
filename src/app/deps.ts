import { connectDatabase } from '../db/client.js';
import type { Deps } from '../services/context.js';
import { createMailer } from '../services/mail/mailer.js';
import { withExtraPrivacyVersions } from '../services/privacy/privacy-texts.js';
import { createAuditKeys } from '../services/secrets/audit-keys.js';
import { createKeyring, loadKeys } from '../services/secrets/keyring.js';
import type { Config } from './config.js';

/**
 * The dependencies of the server and the command line: the services' Deps with every setting (the
 * server reads its own, such as the port and the cookie flags; the CLI reads the database file).
 */
export interface AppDeps extends Deps {
  config: Config;
}

/** The encryption and audit keys: from the environment or the files (created only for SQLite). */
export function keysOf(config: Config): Pick<Deps, 'keyring' | 'auditKeys'> {
  const mayCreate = config.database.engine === 'sqlite';
  return {
    keyring: createKeyring(
      loadKeys({
        text: config.encryptionKeysText,
        file: config.encryptionKeyFile,
        title: 'encryption keys',
        envName: 'ENCRYPTION_KEYS',
        mayCreate,
      }),
    ),
    auditKeys: createAuditKeys(
      loadKeys({
        text: config.auditKeysText,
        file: config.auditKeyFile,
        title: 'audit chain keys',
        envName: 'AUDIT_KEYS',
        mayCreate,
      }),
    ),
  };
}

/** Wires the real dependencies from the configuration (the one place that does). */
export function createDeps(config: Config): AppDeps {
  // The keys first: a server that may not start opens no database.
  const keys = keysOf(config);
  return {
    config,
    db: connectDatabase(config.database),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    ...keys,
    now: () => new Date(),
    ...(config.privacyExtraVersionsFile
      ? { privacyVersions: withExtraPrivacyVersions(config.privacyExtraVersionsFile) }
      : {}),
  };
}
