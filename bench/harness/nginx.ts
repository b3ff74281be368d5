/**
 * nginx from Debian in front of the server processes, on loopback: the site from
 * deploy/nginx/generate.sh inside a minimal main configuration, run in the foreground under a
 * temporary prefix (no root, no system service).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GENERATE = path.resolve(import.meta.dirname, '../../deploy/nginx/generate.sh');

export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

export interface Nginx {
  port: number;
  stop(): Promise<void>;
}

export async function startNginx(port: number, upstreamPorts: number[]): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (scripts/install-system-deps.sh installs it)');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-nginx-'));
  const site = execFileSync(GENERATE, [`127.0.0.1:${port}`, ...upstreamPorts.map(String)], { encoding: 'utf8' });
  fs.writeFileSync(path.join(prefix, 'sangkien.conf'), site);
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/body;`,
      `  proxy_temp_path ${prefix}/proxy;`,
      `  fastcgi_temp_path ${prefix}/fastcgi;`,
      `  uwsgi_temp_path ${prefix}/uwsgi;`,
      `  scgi_temp_path ${prefix}/scgi;`,
      `  include ${prefix}/sangkien.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/v1/stats/live`);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > until) {
        throw new Error(`nginx did not start: ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
