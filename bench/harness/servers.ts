/**
 * `sangkien serve` processes for the bench: spawned on loopback ports, waited for, sampled for
 * resident memory, killed (SIGTERM, or SIGKILL for the crash check) and restarted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { BIN } from './database.ts';

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** Peak resident memory seen by `sampleRss`, MB. */
  peakRssMb: number;
  output: string[];
}

export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

export async function waitReady(port: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/stats/live`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server on port ${port} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startServer(url: string, port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env: {
      PATH: process.env.PATH!,
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: ServerProcess = { port, child, peakRssMb: 0, output: [] };
  const keep = (chunk: Buffer) => {
    server.output.push(chunk.toString());
    if (server.output.length > 200) server.output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  try {
    await waitReady(port);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${server.output.join('')}`);
  }
  return server;
}

export function sampleRss(servers: readonly ServerProcess[], everyMs = 250): () => number[] {
  const timer = setInterval(() => {
    for (const s of servers) s.peakRssMb = Math.max(s.peakRssMb, rssMb(s.child.pid));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return servers.map((s) => s.peakRssMb);
  };
}

export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
