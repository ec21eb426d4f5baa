#!/usr/bin/env node
// `npm start`: builds what is missing or out of date (server with tsc, web app with Vite), then runs
// the server, which migrates the database and serves API and web app on http://127.0.0.1:3000.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir, skip = () => false) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, skip) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale(stamp, sources) {
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return sources.some((source) => source > built);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const src = path.join(root, 'src');
const webSources = [
  newestMtime(path.join(src, 'web')),
  newestMtime(path.join(src, 'contracts')),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
];
const serverSources = [
  newestMtime(src, (p) => p.startsWith(path.join(src, 'web'))),
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
];

const serverEntry = path.join(root, 'dist/server/server/main.js');
if (stale(serverEntry, serverSources)) {
  console.log('Building the server (tsc)...');
  run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
  fs.utimesSync(serverEntry, new Date(), new Date());
}
const webEntry = path.join(root, 'dist/web/index.html');
if (stale(webEntry, webSources)) {
  console.log('Building the web app (vite)...');
  run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
}

const server = spawn(process.execPath, [serverEntry], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
