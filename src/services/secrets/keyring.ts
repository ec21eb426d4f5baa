import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * AES-256-GCM encryption of sensitive fields. The key file holds one key per line as
 * `<key id>:<base64 32 bytes>`; the last line is the current key used to encrypt, older lines stay to
 * decrypt. Every value carries its key id, so keys can rotate without re-encrypting at once.
 */
export interface Keyring {
  encrypt(plaintext: string): string;
  decrypt(sealed: string): string;
  currentKeyId: string;
  /** Whether the keyring holds the key of this id (the start-up check of stored secrets). */
  hasKey(keyId: string): boolean;
}

export function createKeyring(keys: ReadonlyArray<{ id: string; key: Buffer }>): Keyring {
  const current = keys.at(-1);
  if (!current) throw new Error('The encryption key file holds no key.');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return {
    currentKeyId: current.id,
    hasKey: (keyId) => byId.has(keyId),
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', current.id, iv.toString('base64'), Buffer.concat([body, tag]).toString('base64')].join(
        ':',
      );
    },
    decrypt(sealed) {
      const [version, keyId, ivText, payloadText] = sealed.split(':');
      if (version !== 'v1' || !keyId || !ivText || !payloadText)
        throw new Error('Malformed encrypted value.');
      const key = byId.get(keyId);
      if (!key) throw new Error(`Encryption key ${keyId} is not in the key file.`);
      const payload = Buffer.from(payloadText, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64'));
      decipher.setAuthTag(payload.subarray(payload.length - 16));
      return Buffer.concat([
        decipher.update(payload.subarray(0, payload.length - 16)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

export function parseKeyFile(text: string): Array<{ id: string; key: Buffer }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, index) => {
      const [id, encoded] = line.split(':');
      const key = Buffer.from(encoded ?? '', 'base64');
      if (!id || key.length !== 32)
        throw new Error(`Encryption key file, line ${index + 1}: expected "<id>:<base64 of 32 bytes>".`);
      return { id, key };
    });
}

/** A fresh key id: `k` and the day, with a letter after it when that id is already in the file. */
function freshKeyId(taken: ReadonlySet<string>, now: Date): string {
  const base = `k${now.toISOString().slice(0, 10).replaceAll('-', '')}`;
  if (!taken.has(base)) return base;
  for (const suffix of 'bcdefghijklmnopqrstuvwxyz') if (!taken.has(base + suffix)) return base + suffix;
  throw new Error(`More than 25 keys were added on ${base.slice(1)}; wait a day.`);
}

/**
 * Reads a key file (`<id>:<base64 32 bytes>` per line, the last line current), creating it with one
 * fresh key (mode 0600) on first start. The encryption keyring and the audit chain each have one.
 */
export function loadOrCreateKeyFile(file: string, title: string): Array<{ id: string; key: Buffer }> {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const id = freshKeyId(new Set(), new Date());
    fs.writeFileSync(
      file,
      `# Mentor2Work ${title}: <id>:<base64 key>; the last line is the current key.\n${id}:${randomBytes(32).toString('base64')}\n`,
      { mode: 0o600, flag: 'wx' },
    );
  }
  return parseKeyFile(fs.readFileSync(file, 'utf8'));
}

/**
 * Key rotation: appends a fresh key to the file, which becomes the current one; the older keys stay
 * so that what they sealed can still be read or checked. Returns the new key's id.
 */
export function addKeyToFile(file: string, now: Date): string {
  const keys = parseKeyFile(fs.readFileSync(file, 'utf8'));
  const id = freshKeyId(new Set(keys.map((k) => k.id)), now);
  const text = fs.readFileSync(file, 'utf8');
  const line = `${id}:${randomBytes(32).toString('base64')}\n`;
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, text.endsWith('\n') || text === '' ? line : `\n${line}`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return id;
}

/** No key where a server needs one, and it may not make one up (a shared database). */
export class MissingKeyError extends Error {}

/**
 * Where a server's keys come from: the environment (`id:base64` lines, or comma-separated), else the
 * key file. Only a server with its own database (SQLite) creates a missing file; servers that share a
 * PostgreSQL database must share its keys, since what one seals the others must read, so a missing key
 * stops the start with what to do.
 */
export function loadKeys(source: {
  text: string | null;
  file: string;
  title: string;
  envName: string;
  mayCreate: boolean;
}): Array<{ id: string; key: Buffer }> {
  if (source.text !== null) return parseKeyFile(source.text.replaceAll(',', '\n'));
  if (fs.existsSync(source.file)) return parseKeyFile(fs.readFileSync(source.file, 'utf8'));
  if (!source.mayCreate)
    throw new MissingKeyError(
      `No ${source.title}: ${source.file} does not exist and ${source.envName} is not set. ` +
        'With DATABASE_URL the servers share one database, so they must share its keys: create them once ' +
        'with `mentor2work keys init` and copy the key files to every server (or set ' +
        `${source.envName} on each). A key is never made up here, since what one server seals the others must read.`,
    );
  return loadOrCreateKeyFile(source.file, source.title);
}

/** Creates a key file with one fresh key; refuses to overwrite one (`mentor2work keys init`). */
export function createKeyFile(file: string, title: string): boolean {
  if (fs.existsSync(file)) return false;
  loadOrCreateKeyFile(file, title);
  return true;
}

/** Reads the encryption key file, creating it with one fresh key (mode 0600) on first start. */
export function loadOrCreateKeyring(file: string): Keyring {
  return createKeyring(loadOrCreateKeyFile(file, 'encryption keys'));
}
