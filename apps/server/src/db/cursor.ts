/** Reads a large result in batches through a server-side cursor (bounded memory on both databases). */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from './client.ts';

export async function forEachBatch<T>(
  database: Database,
  query: SQL,
  batchSize: number,
  onBatch: (rows: T[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`declare export_cursor no scroll cursor for ${query}`);
    for (;;) {
      const rows = await queryRows<T>(tx, sql.raw(`fetch ${Math.trunc(batchSize)} from export_cursor`));
      if (rows.length === 0) break;
      total += rows.length;
      await onBatch(rows);
    }
    await tx.execute(sql`close export_cursor`);
  });
  return total;
}
