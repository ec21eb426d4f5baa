// The build of `npm start`, shared with the browser tests so that what is tested is what ships: the
// server with tsc and tsconfig.build.json into dist/server, the web app with Vite into dist/web, each
// only when missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverEntry = path.join(root, 'dist/server/server/main.js');
const webEntry = path.join(root, 'dist/web/index.html');

function newestMtime(dir, skip = () => false) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, skip) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  return fs.statSync(path.join(root, file)).mtimeMs;
}

function stale(stamp, sources) {
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return sources.some((source) => source > built);
}

/** Runs a build step; a failed step throws with its exit status (its output went to the terminal). */
function run(label, args) {
  console.log(label);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    const error = new Error(`${label} failed (exit status ${result.status ?? result.signal}).`);
    error.exitCode = result.status ?? 1;
    throw error;
  }
}

/** Builds what is missing or out of date; throws when a build fails. */
export function buildIfStale() {
  const src = path.join(root, 'src');
  const config = ['package-lock.json', 'tsconfig.json'];
  const serverSources = [
    newestMtime(src, (p) => p.startsWith(path.join(src, 'web'))),
    ...[...config, 'tsconfig.build.json'].map(mtime),
  ];
  const webSources = [
    newestMtime(path.join(src, 'web')),
    newestMtime(path.join(src, 'contracts')),
    ...[...config, 'tsconfig.web.json', 'vite.config.ts'].map(mtime),
  ];
  if (stale(serverEntry, serverSources)) {
    run('Building the server (tsc -p tsconfig.build.json)...', [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
    ]);
    fs.utimesSync(serverEntry, new Date(), new Date());
  }
  if (stale(webEntry, webSources)) {
    run('Building the web app (vite build)...', [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
    ]);
  }
}
