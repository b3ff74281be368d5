#!/usr/bin/env node
// `npm start`: build the web if its sources changed, then serve with demo data on an empty database.
// PORT, DATA_DIR and DATABASE_URL pass through to the server; signals go to it and its exit code is ours.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureWebBuilt } from './web-build.mjs';

try {
  ensureWebBuilt();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(ROOT, 'apps/server/bin/sangkien.js'), 'serve', '--demo-if-empty'], {
  cwd: ROOT,
  stdio: 'inherit',
  // Its own process group: Ctrl-C reaches the server once (forwarded below), not twice mid-shutdown.
  detached: true,
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}

server.on('exit', (code, signal) => {
  if (!signal) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
