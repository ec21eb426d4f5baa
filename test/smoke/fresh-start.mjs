#!/usr/bin/env node
// The README's first command, walked as a new user walks it: `npm start` on a fresh checkout builds
// the server (tsc -p tsconfig.build.json) and the web app (Vite) into dist/, starts the built server on
// an empty data folder, prints the one-time first-administrator link; the link opens the set-up page,
// and `/` and `/apply` load in Chromium. Then the server is stopped and must exit cleanly.
// Once on SQLite (the default) and once with DATABASE_URL on a fresh PostgreSQL database.
//
// With CI=true PostgreSQL and Chromium are required; elsewhere a missing one is skipped with a notice.
// SMOKE_KEEP_DIST=1 keeps an existing dist/ (by default it is removed, as on a fresh clone).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ci = process.env.CI === 'true';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const nl = JSON.parse(fs.readFileSync(path.join(root, 'src/web/locales/nl.json'), 'utf8'));

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? ` - ${detail}` : ''}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `npm start` in its own process group (npm, scripts/start.mjs and the server it spawns). */
function npmStart(env) {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

async function waitForHealth(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exit = null;
  server.exited.then((e) => {
    exit = e;
  });
  while (Date.now() < deadline) {
    if (exit) return { ok: false, why: `npm start exited (${exit.code ?? exit.signal}) before serving` };
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { ok: true, health: await response.json() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { ok: false, why: `no answer from ${baseUrl}/api/health within ${timeoutMs / 1000} s` };
}

async function stop(server) {
  try {
    process.kill(-server.child.pid, 'SIGTERM');
  } catch {
    return server.exited;
  }
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    try {
      process.kill(-server.child.pid, 'SIGKILL');
    } catch {}
  }, 15_000);
  const result = await server.exited;
  clearTimeout(timer);
  return { ...result, killed };
}

/** Opens the first-administrator link, `/` and `/apply`; every page must render and load its assets. */
async function walkPages(browser, baseUrl, link, label) {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A missing text is reported on the console (src/web/translator.tsx); a failed request is checked below.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === baseUrl && !url.pathname.startsWith('/api/') && response.status() >= 400)
      problems.push(`${response.status()} for ${url.pathname}`);
  });
  try {
    await page.goto(link);
    await page.getByRole('heading', { name: nl.invitation.firstAdminTitle }).waitFor({ timeout: 20_000 });
    const passwords = await page.locator('input[type="password"]').count();
    record(
      `${label}: the first-admin link opens the set-up page`,
      passwords > 0 && problems.length === 0,
      problems.join('; '),
    );

    for (const route of ['/', '/apply', '/apply/mentee']) {
      problems.length = 0;
      await page.goto(`${baseUrl}${route}`);
      await page.locator('h1').first().waitFor({ timeout: 20_000 });
      const scripts = await page.locator('script[src^="/assets/"]').count();
      record(`${label}: ${route} renders`, scripts > 0 && problems.length === 0, problems.join('; '));
    }
    // An old page asking for a chunk of an earlier build gets a 404, not the app's HTML as JavaScript.
    const missing = await fetch(`${baseUrl}/assets/no-such-chunk-0000.js`);
    record(
      `${label}: a missing asset answers 404`,
      missing.status === 404 && !(missing.headers.get('content-type') ?? '').includes('text/html'),
      `${missing.status} ${missing.headers.get('content-type')}`,
    );
  } catch (error) {
    record(`${label}: pages in Chromium`, false, String(error.message ?? error).split('\n')[0]);
  } finally {
    await context.close();
  }
}

async function smoke(label, databaseEnv, expectedEngine, browser) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-smoke-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    HOST: '127.0.0.1',
    PORT: String(port),
    // The default layout (./data/mentor2work.sqlite, ./data/keys/*.key, ./data/audit-export) in an empty folder.
    SQLITE_FILE: path.join(dataDir, 'data/mentor2work.sqlite'),
    ENCRYPTION_KEY_FILE: path.join(dataDir, 'data/keys/encryption.key'),
    AUDIT_KEY_FILE: path.join(dataDir, 'data/keys/audit.key'),
    AUDIT_EXPORT_DIR: path.join(dataDir, 'data/audit-export'),
    DATABASE_URL: '',
    PUBLIC_URL: '',
    ...databaseEnv,
  };
  const server = npmStart(env);
  try {
    const health = await waitForHealth(baseUrl, server, 240_000);
    record(`${label}: npm start builds and serves /api/health`, health.ok, health.why ?? '');
    if (!health.ok) return;
    record(
      `${label}: /api/health names ${expectedEngine} and asks for set-up`,
      health.health.database === expectedEngine && health.health.needsSetup === true,
      JSON.stringify(health.health),
    );
    const link = /No programme administrator exists yet[\s\S]*?\n\s+(http\S+)/.exec(server.output())?.[1];
    record(
      `${label}: npm start prints the one-time first-admin link`,
      Boolean(link?.startsWith(baseUrl)),
      link ?? 'none',
    );
    if (link && browser) await walkPages(browser, baseUrl, link, label);
  } finally {
    // The whole group gets SIGTERM, as a terminal's Ctrl-C or systemd would send it: npm itself ends
    // by the signal, the server must stop by itself (no SIGKILL needed) without an error.
    const exit = await stop(server);
    const clean =
      !exit.killed &&
      (exit.code === 0 || exit.signal === 'SIGTERM') &&
      !/\n\s+at |Error:/.test(server.output().split('"stopping"').at(-1) ?? '');
    record(
      `${label}: the server stops on SIGTERM within 15 s`,
      clean,
      `exit ${exit.code ?? exit.signal}${exit.killed ? ' after SIGKILL' : ''}`,
    );
    if (results.some((r) => !r.ok))
      console.log(`\n--- npm start output (${label}) ---\n${server.output()}---`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * On a shared database a server never makes up a key: without key files or ENCRYPTION_KEYS it stops
 * at once with what to do (the build from the SQLite round is reused).
 */
async function refusesWithoutKeys(databaseUrl) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-smoke-keys-'));
  const child = spawn(process.execPath, ['dist/server/server/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      ENCRYPTION_KEY_FILE: path.join(dataDir, 'encryption.key'),
      AUDIT_KEY_FILE: path.join(dataDir, 'audit.key'),
      ENCRYPTION_KEYS: '',
      AUDIT_KEYS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);
  record(
    'PostgreSQL: without shared keys the server refuses to start and says why',
    code === 1 &&
      output.includes('No encryption keys') &&
      !fs.existsSync(path.join(dataDir, 'encryption.key')),
    `exit ${code}: ${output.trim().split('\n')[0]}`,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function main() {
  if (process.env.SMOKE_KEEP_DIST !== '1')
    fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });

  let browser = null;
  if (fs.existsSync(chromiumPath)) {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
  } else if (ci) {
    record(`Chromium at ${chromiumPath} (required with CI=true)`, false, 'apt-get install -y chromium');
  } else {
    console.warn(
      `[notice] ${chromiumPath} not found: the pages are not opened in a browser (required with CI=true).`,
    );
  }

  try {
    await smoke('SQLite', {}, 'sqlite', browser);

    if (await postgresReachable()) {
      const name = `m2w_smoke_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      try {
        await refusesWithoutKeys(url.toString());
        // Servers sharing PostgreSQL get their keys from the environment (or shared files).
        const key = () => `k1:${randomBytes(32).toString('base64')}`;
        await smoke(
          'PostgreSQL',
          { DATABASE_URL: url.toString(), ENCRYPTION_KEYS: key(), AUDIT_KEYS: key() },
          'postgres',
          browser,
        );
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } else if (ci) {
      record(`PostgreSQL at ${postgresUrl} (required with CI=true)`, false, 'not reachable');
    } else {
      console.warn(
        `[notice] PostgreSQL at ${postgresUrl} is not reachable: the PostgreSQL start is SKIPPED (required with CI=true).`,
      );
    }
  } finally {
    await browser?.close();
  }

  const failed = results.filter((r) => !r.ok).length;
  console.log(`\nsmoke: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
