import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A software passkey for integration tests: an ES256 key pair that answers WebAuthn ceremonies the way
 * a platform authenticator does (attestation "none", user present and verified), so the server's
 * real verification (@simplewebauthn/server) runs end to end without a browser.
 */
export interface SoftAuthenticator {
  credentialId: string;
  register(options: Record<string, unknown>, origin: string): Record<string, unknown>;
  assert(
    options: Record<string, unknown>,
    origin: string,
    overrides?: { counter?: number },
  ): Record<string, unknown>;
}

/** base64url of bytes held in a plain ArrayBuffer (the helpers' type). */
const b64 = (data: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(data));

const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash('sha256').update(data).digest());

function clientData(type: string, challenge: string, origin: string): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function counterBytes(counter: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, counter);
  return bytes;
}

function coseKeyOf(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const x = isoBase64URL.toBuffer(jwk.x ?? '');
  const y = isoBase64URL.toBuffer(jwk.y ?? '');
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, x],
      [-3, y],
    ]),
  );
}

export function softAuthenticator(): SoftAuthenticator {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rawId = new Uint8Array(randomBytes(32));
  const credentialId = b64(rawId);
  let counter = 0;
  // User present (0x01), user verified (0x04).
  const flags = 0x01 | 0x04;
  return {
    credentialId,
    register(options, origin) {
      const rp = options.rp as { id: string };
      const challenge = options.challenge as string;
      const idLength = new Uint8Array([rawId.length >> 8, rawId.length & 0xff]);
      const authData = concat(
        sha256(rp.id),
        new Uint8Array([flags | 0x40]),
        counterBytes(counter),
        new Uint8Array(16),
        idLength,
        rawId,
        coseKeyOf(publicKey),
      );
      const attestationObject = isoCBOR.encode(
        new Map<string, unknown>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]) as never,
      );
      return {
        id: credentialId,
        rawId: credentialId,
        type: 'public-key',
        response: {
          clientDataJSON: b64(clientData('webauthn.create', challenge, origin)),
          attestationObject: b64(attestationObject),
          transports: ['internal'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
    assert(options, origin, overrides = {}) {
      const rpId = options.rpId as string;
      const challenge = options.challenge as string;
      counter = overrides.counter ?? counter + 1;
      const authData = concat(sha256(rpId), new Uint8Array([flags]), counterBytes(counter));
      const data = clientData('webauthn.get', challenge, origin);
      const signature = sign('sha256', concat(authData, sha256(data)), privateKey);
      return {
        id: credentialId,
        rawId: credentialId,
        type: 'public-key',
        response: {
          clientDataJSON: b64(data),
          authenticatorData: b64(authData),
          signature: b64(new Uint8Array(signature)),
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
}
