import { createHmac } from 'node:crypto';
import { loadOrCreateKeyFile } from './keyring.js';

/**
 * The keys of the audit chain (docs/decisions/011-audit-chain.md): HMAC-SHA-256 under a key kept in a
 * file outside the database, `<id>:<base64 32 bytes>` per line like the encryption keys. The last key
 * seals new links; older keys stay to check the links they sealed.
 */
export interface AuditKeys {
  currentKeyId: string;
  /** The HMAC (hex) of a message under the key of that id, or null when the file has no such key. */
  hmac(keyId: string, message: string): string | null;
}

export function createAuditKeys(keys: ReadonlyArray<{ id: string; key: Buffer }>): AuditKeys {
  const current = keys.at(-1);
  if (!current) throw new Error('The audit key file holds no key.');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return {
    currentKeyId: current.id,
    hmac(keyId, message) {
      const key = byId.get(keyId);
      return key ? createHmac('sha256', key).update(message, 'utf8').digest('hex') : null;
    },
  };
}

/** Reads the audit key file, creating it with one fresh key (mode 0600) on first start. */
export function loadOrCreateAuditKeys(file: string): AuditKeys {
  return createAuditKeys(loadOrCreateKeyFile(file, 'audit chain keys'));
}
