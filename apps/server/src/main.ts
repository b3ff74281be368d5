/** The server process: config, database, app, listen, graceful close. */
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { startSnapshotScheduler } from './features/snapshots/snapshot-scheduler.ts';
import { DEFAULT_SCHEDULE, parseSchedule } from './features/snapshots/snapshots.rules.ts';

export async function startServer(config: Config, database: Database): Promise<() => Promise<void>> {
  const app = await buildApp({ config, database, clock: () => new Date() });
  await app.listen({ port: config.port, host: config.host });
  const stopSnapshots = config.snapshotScheduler
    ? startSnapshotScheduler(
        database.db,
        parseSchedule(config.snapshotSchedule) ?? DEFAULT_SCHEDULE,
        () => new Date(),
        (error) => app.log.error({ err: error }, 'weekly snapshot failed'),
      )
    : () => {};
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    stopSnapshots();
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().finally(() => process.exit(0));
    });
  }
  return close;
}
