import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyring, parseKeyFile } from './keyring.js';

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
});
