import { connectDatabase } from '../db/client.js';
import type { Deps } from '../services/context.js';
import { createMailer } from '../services/mail/mailer.js';
import { loadOrCreateKeyring } from '../services/secrets/keyring.js';
import type { Config } from './config.js';

/** Wires the real dependencies from the configuration (the one place that does). */
export function createDeps(config: Config): Deps {
  return {
    config,
    db: connectDatabase(config.database),
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    keyring: loadOrCreateKeyring(config.encryptionKeyFile),
    now: () => new Date(),
  };
}
