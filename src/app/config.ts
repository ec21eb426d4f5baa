import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { type DatabaseSettings, defaultPoolSettings, type PostgresPoolSettings } from '../db/client.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** PostgreSQL when DATABASE_URL is set, else the embedded SQLite file. */
function databaseSettingsOf(
  url: string | undefined,
  sqliteFile: string,
  pool: PostgresPoolSettings,
): DatabaseSettings {
  return url ? { engine: 'postgres', url, pool } : { engine: 'sqlite', file: path.resolve(sqliteFile) };
}

const milliseconds = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * Every setting of the platform, parsed once at start-up. `.env.example` documents each one.
 * A wrong setting stops the start with every problem listed (see `loadConfig`).
 */
const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'must start with postgres:// (leave it empty for the embedded SQLite file)',
      )
      .optional(),
    SQLITE_FILE: z.string().min(1).default('./data/mentor2work.sqlite'),
    PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(defaultPoolSettings.max),
    PG_STATEMENT_TIMEOUT_MS: milliseconds(100, 600_000, defaultPoolSettings.statementTimeoutMs),
    PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(
      100,
      600_000,
      defaultPoolSettings.idleInTransactionTimeoutMs,
    ),
    PG_CONNECTION_TIMEOUT_MS: milliseconds(100, 60_000, defaultPoolSettings.connectionTimeoutMs),
    ENCRYPTION_KEY_FILE: z.string().min(1).default('./data/keys/encryption.key'),
    AUDIT_KEY_FILE: z.string().min(1).default('./data/keys/audit.key'),
    /** The keys themselves instead of the files (`id:base64` lines or comma-separated), shared by all servers. */
    ENCRYPTION_KEYS: z.string().trim().min(1).optional(),
    AUDIT_KEYS: z.string().trim().min(1).optional(),
    REQUEST_TIMEOUT_MS: milliseconds(1_000, 600_000, 30_000),
    KEEP_ALIVE_TIMEOUT_MS: milliseconds(1_000, 600_000, 65_000),
    HEADERS_TIMEOUT_MS: milliseconds(1_000, 600_000, 10_000),
    SHUTDOWN_GRACE_MS: milliseconds(0, 600_000, 10_000),
    AUDIT_EXPORT_DIR: z.string().min(1).default('./data/audit-export'),
    AUDIT_SEAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    ERASURE_LOG_FILE: z.string().min(1).default('./data/erasures.log'),
    ESF_HOLD_UNTIL: z.iso.date('must be a day, YYYY-MM-DD').optional(),
    RETENTION_ENFORCE: booleanFlag.default(false),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Mentor2Work <no-reply@mentor2work.localhost>'),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /**
     * Which proxies may say who the client is: `false` none; `true` a reverse proxy on this machine
     * (loopback); or the proxies' addresses or CIDR ranges (or proxy-addr's `loopback`, `linklocal`,
     * `uniquelocal`), comma-separated. Only addresses a trusted proxy appended to X-Forwarded-For count,
     * so a client cannot choose the address that throttling, rate limits and the audit log see. "Every
     * hop" is never trusted, and a bare hop count is refused (Fastify cannot check the proxy with it).
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('false')
      .transform((value, context): false | string => {
        if (value === 'false' || value === '0' || value === '') return false;
        if (value === 'true' || value === '1') return 'loopback';
        const named = ['loopback', 'linklocal', 'uniquelocal'];
        const parts = value.split(',').map((part) => part.trim());
        const isRange = (part: string) => {
          const [address = '', prefix] = part.split('/');
          const family = isIP(address);
          if (family === 0) return false;
          if (prefix === undefined) return true;
          const bits = Number(prefix);
          return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
        };
        if (parts.every((part) => named.includes(part) || isRange(part))) return value;
        context.addIssue({
          code: 'custom',
          message:
            "must be false, true (a proxy on this machine), or the proxies' addresses or CIDR ranges separated by commas",
        });
        return z.NEVER;
      }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(100_000).default(600),
    JOBS_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(60),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    READY_WAITING_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    PRIVACY_EXTRA_VERSIONS_FILE: z.string().min(1).optional(),
  })
  .refine((env) => env.HEADERS_TIMEOUT_MS <= env.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not be longer than REQUEST_TIMEOUT_MS',
  })
  .transform((env) => {
    const publicUrl = (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, '');
    return {
      env: env.NODE_ENV,
      host: env.HOST,
      port: env.PORT,
      publicUrl,
      /** Cookies get `Secure` and the `__Host-` prefix when the public address is HTTPS. */
      secureCookies: publicUrl.startsWith('https://'),
      database: databaseSettingsOf(env.DATABASE_URL, env.SQLITE_FILE, {
        max: env.PG_POOL_MAX,
        statementTimeoutMs: env.PG_STATEMENT_TIMEOUT_MS,
        idleInTransactionTimeoutMs: env.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        connectionTimeoutMs: env.PG_CONNECTION_TIMEOUT_MS,
      }),
      /** Server timeouts (docs/deployment.md): a whole request, an idle kept-alive socket, the headers. */
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
      /** How long a stop waits for requests in flight before it ends the process anyway. */
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      encryptionKeyFile: path.resolve(env.ENCRYPTION_KEY_FILE),
      /** The encryption keys from the environment (ENCRYPTION_KEYS), or null to use the file. */
      encryptionKeysText: env.ENCRYPTION_KEYS ?? null,
      auditKeysText: env.AUDIT_KEYS ?? null,
      /** The key of the audit chain's seals: a file outside the database (docs/decisions/011-audit-chain.md). */
      auditKeyFile: path.resolve(env.AUDIT_KEY_FILE),
      /** Where the daily job writes each day's audit events, one read-only file per day. */
      auditExportDir: path.resolve(env.AUDIT_EXPORT_DIR),
      /** How often the server seals new audit events into the chain; 0: only the daily job and the CLI. */
      auditSealMs: env.AUDIT_SEAL_SECONDS * 1000,
      /** The tombstones of erasures, outside the database: `mentor2work restore` re-applies them. */
      erasureLogFile: path.resolve(env.ERASURE_LOG_FILE),
      /** Until when ESF+ evidence of an erased participant is kept on hold; null: five years after this year. */
      esfHoldUntil: env.ESF_HOLD_UNTIL ?? null,
      /** The daily job removes people's records past their retention period only when true (docs/privacy.md). */
      retentionEnforced: env.RETENTION_ENFORCE,
      smtpUrl: env.SMTP_URL ?? null,
      mailFrom: env.MAIL_FROM,
      sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
      trustProxy: env.TRUST_PROXY,
      logLevel: env.LOG_LEVEL,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      /** How often the server runs the daily jobs (reminders); 0: never (run `mentor2work jobs run` instead). */
      jobsIntervalMs: env.JOBS_INTERVAL_MINUTES * 60_000,
      /** The Chromium that turns documents (certificates, CVs) into PDF. */
      chromiumPath: env.CHROMIUM_PATH,
      /** A mentee ready to match for longer than this shows on the coach's to-do list. */
      readyWaitingDays: env.READY_WAITING_DAYS,
      /**
       * A JSON file of privacy-text versions added to the published ones, for the browser tests or a
       * rehearsal of a new text; null in production (docs/privacy.md, "Consent over time").
       */
      privacyExtraVersionsFile: env.PRIVACY_EXTRA_VERSIONS_FILE
        ? path.resolve(env.PRIVACY_EXTRA_VERSIONS_FILE)
        : null,
    };
  });

/**
 * The parsed settings. The services read their part of it through `ServiceSettings`
 * (services/context.ts), the database through `DatabaseSettings` (db/client.ts).
 */
export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; empty strings count as unset. Throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
    );
  }
  return result.data;
}
