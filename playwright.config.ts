import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
/** A fresh SQLite database and key for every run of the browser suite. */
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `m2w-e2e-${process.pid}-${Date.now()}`);
process.env.E2E_DATA_DIR = dataDir;

export const e2eEnv = {
  SQLITE_FILE: path.join(dataDir, 'e2e.sqlite'),
  ENCRYPTION_KEY_FILE: path.join(dataDir, 'key'),
  AUDIT_KEY_FILE: path.join(dataDir, 'audit-key'),
  AUDIT_EXPORT_DIR: path.join(dataDir, 'audit-export'),
  HOST: '127.0.0.1',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '5000',
  JOBS_INTERVAL_MINUTES: '0',
  // A second privacy-text version after the published one (test/e2e/privacy-update.spec.ts): people
  // who accepted only the published text are asked to accept it; factory-built people have accepted none.
  PRIVACY_EXTRA_VERSIONS_FILE: path.resolve('test/e2e/fixtures/privacy-version-next.json'),
};

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The web app follows the browser's language on a first visit: the journeys run in a Belgian
    // Dutch browser unless a test opens a context in another locale.
    locale: 'nl-BE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built server, as `npm start` runs it (scripts/run-e2e.mjs builds it first): what is tested ships.
    command: 'node dist/server/server/main.js',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: e2eEnv,
    stdout: 'pipe',
  },
});
