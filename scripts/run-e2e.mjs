#!/usr/bin/env node
// Browser tests: Playwright driving Debian's Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides),
// against the built server (dist/, built as `npm start` builds it). With CI=true a missing browser fails
// the run; elsewhere the suite is skipped with a notice.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildIfStale } from './build-if-stale.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  if (process.env.CI === 'true') {
    console.error(
      `Chromium is required for the browser tests (CI=true) but ${chromium} does not exist: apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.warn(
    `\n[notice] ${chromium} not found: the browser tests are SKIPPED (apt-get install -y chromium; they are required with CI=true).\n`,
  );
  process.exit(0);
}
try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(error.exitCode ?? 1);
}
const result = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
