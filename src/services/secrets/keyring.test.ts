import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyring, loadKeys, MissingKeyError, parseKeyFile } from './keyring.js';

describe('keyring', () => {
  it('round-trips text in any script and stores the key id with the value', () => {
    const keyring = createKeyring([{ id: 'k1', key: randomBytes(32) }]);
    const sealed = keyring.encrypt('Moeder geboren in Asmara — ትግርኛ — عربي');
    expect(sealed.startsWith('v1:k1:')).toBe(true);
    expect(keyring.decrypt(sealed)).toBe('Moeder geboren in Asmara — ትግርኛ — عربي');
  });

  it('decrypts values of an older key after rotation and encrypts with the newest', () => {
    const old = { id: 'k1', key: randomBytes(32) };
    const sealed = createKeyring([old]).encrypt('geheim');
    const rotated = createKeyring([old, { id: 'k2', key: randomBytes(32) }]);
    expect(rotated.decrypt(sealed)).toBe('geheim');
    expect(rotated.encrypt('x').startsWith('v1:k2:')).toBe(true);
  });

  it('refuses a tampered value', () => {
    const keyring = createKeyring([{ id: 'k1', key: randomBytes(32) }]);
    const parts = keyring.encrypt('geheim').split(':');
    const payload = Buffer.from(parts[3]!, 'base64');
    payload[0] = (payload[0] ?? 0) ^ 1;
    parts[3] = payload.toString('base64');
    expect(() => keyring.decrypt(parts.join(':'))).toThrow();
  });

  it('rejects a key file line that is not a 32-byte key', () => {
    expect(() => parseKeyFile('k1:dG9vLXNob3J0')).toThrow(/line 1/);
  });

  it('takes shared keys from the environment, and makes up none for a shared database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-keys-'));
    const file = path.join(dir, 'keys', 'encryption.key');
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    const source = { file, title: 'encryption keys', envName: 'ENCRYPTION_KEYS' };
    expect(loadKeys({ ...source, text: `k1:${a},k2:${b}`, mayCreate: false }).map((k) => k.id)).toEqual([
      'k1',
      'k2',
    ]);
    expect(() => loadKeys({ ...source, text: null, mayCreate: false })).toThrow(MissingKeyError);
    expect(() => loadKeys({ ...source, text: null, mayCreate: false })).toThrow(/keys init/);
    expect(fs.existsSync(file)).toBe(false);
    // A server with its own SQLite file creates the file on first start, then reads the same key.
    const created = loadKeys({ ...source, text: null, mayCreate: true });
    expect(fs.existsSync(file)).toBe(true);
    expect(loadKeys({ ...source, text: null, mayCreate: false })).toEqual(created);
    expect(createKeyring(created).hasKey(created[0]!.id)).toBe(true);
    expect(createKeyring(created).hasKey('k0')).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
