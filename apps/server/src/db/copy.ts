/**
 * Bulk writes: COPY on both databases (PostgreSQL through pg-copy-streams, PGlite through its
 * `/dev/blob` device), inside the caller's transaction.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseKind, DbOrTx } from './client.ts';

export type CopyValue = string | number | boolean | Date | null | undefined | readonly number[] | object;

function csvField(value: CopyValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = value as string;
  return `"${text.replace(/"/g, '""')}"`;
}

function* csvChunks(rows: Iterable<readonly CopyValue[]>, rowsPerChunk = 5000): Generator<string> {
  let buffer: string[] = [];
  for (const row of rows) {
    buffer.push(row.map(csvField).join(',') + '\n');
    if (buffer.length >= rowsPerChunk) {
      yield buffer.join('');
      buffer = [];
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/** The driver connection under a Drizzle transaction (PoolClient or PGlite transaction). */
function rawConnection(tx: DbOrTx): unknown {
  return (tx as unknown as { session: { client: unknown } }).session.client;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** COPYs rows into `table(columns)`; returns the number of rows written. */
export async function copyRows(
  kind: DatabaseKind,
  tx: DbOrTx,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const target = `${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`;
  const client = rawConnection(tx);
  if (kind === 'postgres') {
    const stream = (client as pg.PoolClient).query(copyFrom(`COPY ${target} FROM STDIN (FORMAT csv)`));
    await pipeline(Readable.from(csvChunks(rows)), stream);
    return Number(stream.rowCount ?? 0);
  }
  const parts = [...csvChunks(rows)];
  if (parts.length === 0) return 0;
  const result = await (client as PGlite | PgliteTransaction).query(
    `COPY ${target} FROM '/dev/blob' (FORMAT csv)`,
    [],
    { blob: new Blob(parts) },
  );
  return result.affectedRows ?? 0;
}
