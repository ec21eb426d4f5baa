import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to SQLite under ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.database.engine).toBe('sqlite');
    expect(config.secureCookies).toBe(false);
  });

  it('uses PostgreSQL for a postgres:// DATABASE_URL and secure cookies behind https', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/m2w', PUBLIC_URL: 'https://m2w.example.be/' });
    expect(config.database).toEqual({
      engine: 'postgres',
      url: 'postgres://u@db/m2w',
      pool: {
        max: 10,
        statementTimeoutMs: 15_000,
        idleInTransactionTimeoutMs: 30_000,
        connectionTimeoutMs: 5_000,
      },
    });
    expect(config.publicUrl).toBe('https://m2w.example.be');
    expect(config.secureCookies).toBe(true);
  });

  it('reads the pool, the server timeouts and shared keys, and refuses headers slower than the request', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db/m2w',
      PG_POOL_MAX: '25',
      PG_STATEMENT_TIMEOUT_MS: '2000',
      REQUEST_TIMEOUT_MS: '20000',
      HEADERS_TIMEOUT_MS: '5000',
      ENCRYPTION_KEYS: 'k1:abc',
    });
    expect(config.database.engine === 'postgres' && config.database.pool).toMatchObject({
      max: 25,
      statementTimeoutMs: 2000,
    });
    expect(config).toMatchObject({
      requestTimeoutMs: 20_000,
      headersTimeoutMs: 5000,
      keepAliveTimeoutMs: 65_000,
      shutdownGraceMs: 10_000,
      encryptionKeysText: 'k1:abc',
      auditKeysText: null,
    });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' })).toThrow(
      /HEADERS_TIMEOUT_MS: must not be longer than REQUEST_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ PG_POOL_MAX: '0' })).toThrow(/PG_POOL_MAX/);
  });

  it('lists every wrong setting at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'not a url', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'LOG_LEVEL']) expect(problems).toContain(name);
    }
  });

  it('trusts a proxy on this machine for TRUST_PROXY=true, never every hop, and refuses a wrong value', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe('loopback');
    expect(() => loadConfig({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).trustProxy).toBe('10.0.0.1, 10.0.1.0/24');
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });
});
