/** Starts the real `sangkien serve` on a free port with a fresh embedded database, as a user would. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/web-build.mjs';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** An account the journeys sign in with (created with `sangkien account create`). */
export interface E2eAccount {
  login: string;
  password: string;
  roles: string[];
}

export const NATIONAL_VIEWER: E2eAccount = {
  login: 'theo.doi@congdoan.vn',
  password: 'Theo dõi toàn quốc 2026',
  roles: ['viewer@VN'],
};

/** Admin of a grassroots union of the demo data: hands out its join code to the journey's worker. */
export const GRASSROOTS_ADMIN: E2eAccount = {
  login: 'cdcs.buonho@congdoan.vn',
  password: 'Quản trị công đoàn cơ sở 2026',
  roles: ['admin@HNI-H01-C001', 'supporter@HNI-H01-C001'],
};

/** Reviewer of the district above that grassroots union. */
export const DISTRICT_REVIEWER: E2eAccount = {
  login: 'xet.duyet.h01@congdoan.vn',
  password: 'Xét duyệt quận 2026',
  roles: ['reviewer@HNI-H01'],
};

/** Administers one district of the demo data (Hà Nội's first); its sibling HNI-H02 is out of reach. */
export const DISTRICT_ADMIN: E2eAccount = {
  login: '0903 111 222',
  password: 'Quản trị huyện Đông Hải',
  roles: ['admin@HNI-H01'],
};

/** Runs a `sangkien` command to completion against the data folder (before the server holds it). */
function runCommand(args: string[], env: NodeJS.ProcessEnv, input?: string): void {
  const bin = path.join(ROOT, 'apps/server/bin/sangkien.js');
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env, input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sangkien ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

const START_TIMEOUT_MS = 150_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function waitUntilServing(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${baseUrl}/api/v1/stats/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export async function startServer({
  demo,
  accounts = [],
  prepare = [],
}: {
  demo: boolean;
  accounts?: E2eAccount[];
  /** `sangkien` commands run before the server starts (imports, snapshots). */
  prepare?: string[][];
}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sangkien-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  delete env.DATABASE_URL; // always the embedded database in its own folder
  if (demo) runCommand(['demo', '--scale', 'small'], env);
  for (const command of prepare) runCommand(command, env);
  for (const account of accounts) {
    const roles = account.roles.flatMap((role) => ['--role', role]);
    runCommand(['account', 'create', '--login', account.login, '--password-stdin', ...roles], env, account.password);
  }
  const args = [path.join(ROOT, 'apps/server/bin/sangkien.js'), 'serve', '--port', String(port)];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited(child);
    clearTimeout(killer);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
