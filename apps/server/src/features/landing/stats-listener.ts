/**
 * Hears "the aggregates changed" (stats-events.ts) from every server process: LISTEN on one
 * dedicated PostgreSQL connection (re-established if it drops), or PGlite's in-process listen.
 */
import type { PoolClient } from 'pg';
import type { Database } from '../../db/client.ts';
import { parseStatsChanged, STATS_CHANNEL, type StatsChanged } from '../stats/stats-events.ts';

const RETRY_MS = 1000;

export async function listenStatsChanged(
  database: Database,
  onChange: (change: StatsChanged) => void,
): Promise<() => Promise<void>> {
  const onPayload = (payload: string | undefined) => {
    const change = parseStatsChanged(payload ?? '');
    if (change) onChange(change);
  };
  if (database.pglite) return database.pglite.listen(STATS_CHANNEL, onPayload);
  const pool = database.pool!;
  let client: PoolClient | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let releaseClient: (destroy?: boolean) => void = () => {};
  const connect = async (): Promise<void> => {
    try {
      const c = await pool.connect();
      let released = false;
      // Errors may come more than once, or after stop() gave the client back: release it once.
      const release = (destroy?: boolean) => {
        if (released) return;
        released = true;
        c.release(destroy);
      };
      c.on('notification', (n) => onPayload(n.payload));
      c.on('error', () => {
        if (released) return;
        release(true);
        client = null;
        // Changes missed while reconnecting: tell the listener to refresh everything.
        if (!stopped) retry = setTimeout(() => void connect().then(() => onChange({ phaseIds: [] })), RETRY_MS);
      });
      await c.query(`listen ${STATS_CHANNEL}`);
      client = c;
      releaseClient = release;
    } catch {
      if (!stopped) retry = setTimeout(() => void connect(), RETRY_MS);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    if (client) {
      const c = client;
      client = null;
      await c.query(`unlisten ${STATS_CHANNEL}`).catch(() => {});
      releaseClient();
    }
  };
}
