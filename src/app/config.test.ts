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
    expect(config.database).toEqual({ engine: 'postgres', url: 'postgres://u@db/m2w' });
    expect(config.publicUrl).toBe('https://m2w.example.be');
    expect(config.secureCookies).toBe(true);
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
