/**
 * A running system for the surge and crash scripts: a loaded database, N `sangkien serve`
 * processes (behind nginx when N > 1 or asked), and a way to SIGKILL and restart them.
 */
import { ensureDemo, openBenchDatabase, type BenchDatabase } from './database.ts';
import { startNginx, type Nginx } from './nginx.ts';
import { sampleRss, startServer, stopServer, type ServerProcess } from './servers.ts';

export interface Stack {
  db: BenchDatabase;
  baseUrl: string;
  servers: ServerProcess[];
  killAndRestart(): Promise<void>;
  /** Starts sampling resident memory; the returned function stops and gives each process's peak. */
  sampleRss(): () => number[];
  stop(): Promise<void>;
}

export async function startStack(options: {
  database?: string;
  scale: string;
  processes: number;
  nginx: boolean;
  firstPort?: number;
  env?: Record<string, string>;
}): Promise<Stack> {
  const db = await openBenchDatabase(options.database);
  const servers: ServerProcess[] = [];
  let nginx: Nginx | undefined;
  const port0 = options.firstPort ?? 4301;
  const env = { TRUST_PROXY: String(options.nginx), ...options.env };
  try {
    await ensureDemo(db.url, options.scale);
    for (let i = 0; i < options.processes; i++) servers.push(await startServer(db.url, port0 + i, env));
    if (options.nginx)
      nginx = await startNginx(
        port0 - 1,
        servers.map((s) => s.port),
      );
  } catch (error) {
    for (const s of servers) await stopServer(s);
    await db.drop();
    throw error;
  }
  return {
    db,
    baseUrl: `http://127.0.0.1:${nginx?.port ?? servers[0]!.port}`,
    servers,
    killAndRestart: async () => {
      for (let i = 0; i < servers.length; i++) {
        await stopServer(servers[i]!, 'SIGKILL');
        servers[i] = await startServer(db.url, servers[i]!.port, env);
      }
    },
    sampleRss: () => sampleRss(servers),
    stop: async () => {
      await nginx?.stop();
      for (const s of servers) await stopServer(s);
      await db.drop();
    },
  };
}
