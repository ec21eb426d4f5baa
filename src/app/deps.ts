import { connectDatabase } from '../db/client.js';
import type { Deps } from '../services/context.js';
import { createMailer } from '../services/mail/mailer.js';
import { withExtraPrivacyVersions } from '../services/privacy/privacy-texts.js';
import { loadOrCreateAuditKeys } from '../services/secrets/audit-keys.js';
import { loadOrCreateKeyring } from '../services/secrets/keyring.js';
import type { Config } from './config.js';

/**
 * The dependencies of the server and the command line: the services' Deps with every setting (the
 * server reads its own, such as the port and the cookie flags; the CLI reads the database file).
 */
export interface AppDeps extends Deps {
  config: Config;
}

/** Wires the real dependencies from the configuration (the one place that does). */
export function createDeps(config: Config): AppDeps {
  return {
    config,
    db: connectDatabase(config.database),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    keyring: loadOrCreateKeyring(config.encryptionKeyFile),
    auditKeys: loadOrCreateAuditKeys(config.auditKeyFile),
    now: () => new Date(),
    ...(config.privacyExtraVersionsFile
      ? { privacyVersions: withExtraPrivacyVersions(config.privacyExtraVersionsFile) }
      : {}),
  };
}
