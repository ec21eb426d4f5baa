import { ConfigError, loadConfig } from '../app/config.js';
import { createDeps } from '../app/deps.js';
import { startJobTimer } from '../app/job-timer.js';
import { prepareDatabase } from '../db/prepare.js';
import { createFirstAdminLink } from '../services/auth/invitations.js';
import { cliContext } from '../services/context.js';
import { missingStoredKeys } from '../services/secrets/check-stored-keys.js';
import { MissingKeyError } from '../services/secrets/keyring.js';
import { buildApp } from './app.js';

/** Starts the server: configuration, migrations, first-administrator link, listen, graceful stop. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let deps: ReturnType<typeof createDeps>;
  try {
    deps = createDeps(config);
  } catch (error) {
    if (error instanceof MissingKeyError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const prepared = await prepareDatabase(deps.db, deps.now());
  const unreadable = await missingStoredKeys(deps);
  if (unreadable.length > 0) {
    console.error(
      `This server cannot read what is stored in its database with the keys it was given:\n  ${unreadable.join('\n  ')}\nGive it the key files (or ENCRYPTION_KEYS / AUDIT_KEYS) the other servers use; see docs/deployment.md.`,
    );
    await deps.db.close();
    process.exit(1);
  }
  const app = await buildApp(deps);
  if (prepared.migrations.length > 0) app.log.info({ applied: prepared.migrations }, 'migrations applied');
  if (prepared.referenceData.length > 0)
    app.log.info({ loaded: prepared.referenceData }, 'reference data loaded');
  const link = await createFirstAdminLink(deps, cliContext);
  await app.listen({ host: config.host, port: config.port });
  if (link) {
    console.log(
      `\nNo programme administrator exists yet. Open this one-time link within 24 hours to create the first one:\n\n  ${link}\n`,
    );
  }
  const stopJobs = startJobTimer(deps, app.log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    stopJobs();
    // Requests in flight finish (new ones get 503); after the grace period the process ends anyway.
    const forced = setTimeout(() => {
      app.log.warn(
        { graceMs: config.shutdownGraceMs },
        'requests still running at the end of the grace period',
      );
      process.exit(1);
    }, config.shutdownGraceMs);
    forced.unref();
    await app.close();
    await deps.db.close();
    clearTimeout(forced);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
