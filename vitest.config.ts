import { defineConfig } from 'vitest/config';
import { postgresTestUrl, probePostgres } from './test/support/postgres-probe.js';

/**
 * Three projects: unit tests beside the code, and the integration suite once on SQLite and once on
 * PostgreSQL. With CI=true the PostgreSQL run is required and fails without a server; on a machine
 * without one it is left out with a notice.
 */
export default defineConfig(async () => {
  const ci = process.env.CI === 'true';
  const postgresUp = ci || (await probePostgres(postgresTestUrl()));
  if (!postgresUp) {
    console.warn(
      `\n[notice] PostgreSQL is not reachable at ${postgresTestUrl()}: the PostgreSQL integration run is SKIPPED (it is required with CI=true).\n`,
    );
  }
  const integration = (engine: 'sqlite' | 'postgres') => ({
    test: {
      name: `integration-${engine}`,
      include: ['test/integration/**/*.test.ts'],
      env: { TEST_ENGINE: engine },
      globalSetup: [`test/support/global-setup-${engine}.ts`],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
  return {
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
            // Property tests of the solver run thousands of cases; on a busy 2-core machine they can take
            // longer than Vitest's 5 s default. Speed is the benchmarks' business, not a test's.
            testTimeout: 60_000,
          },
        },
        integration('sqlite'),
        ...(postgresUp ? [integration('postgres')] : []),
      ],
    },
  };
});
