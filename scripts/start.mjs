#!/usr/bin/env node
// `npm start`: builds what is missing or out of date (server with tsc, web app with Vite), then runs
// the built server, which migrates the database and serves API and web app on http://127.0.0.1:3000.
import { spawn } from 'node:child_process';
import { buildIfStale, root, serverEntry } from './build-if-stale.mjs';

try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(error.exitCode ?? 1);
}

const server = spawn(process.execPath, [serverEntry], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
