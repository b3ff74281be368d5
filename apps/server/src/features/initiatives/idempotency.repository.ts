/**
 * Remembered results of requests sent with an Idempotency-Key. The key's row is claimed at the
 * start of the writing transaction: a concurrent retry waits on it and then reads the result.
 */
import { sql } from 'drizzle-orm';
import { queryOne, type DbOrTx } from '../../db/client.ts';

export interface StoredResult {
  request_hash: string;
  response_status: number;
  response_body: unknown;
}

/** True when this transaction now holds the key; false when it was used before. */
export async function claimKey(db: DbOrTx, accountId: number, key: string, requestHash: string): Promise<boolean> {
  const row = await queryOne(
    db,
    sql`insert into idempotency_keys (account_id, key, request_hash, response_status, response_body)
        values (${accountId}, ${key}, ${requestHash}, 0, '{}'::jsonb)
        on conflict (account_id, key) do nothing returning key`,
  );
  return row !== undefined;
}

export async function storedResult(db: DbOrTx, accountId: number, key: string): Promise<StoredResult | undefined> {
  return queryOne<StoredResult>(
    db,
    sql`select request_hash, response_status, response_body from idempotency_keys
        where account_id = ${accountId} and key = ${key}`,
  );
}

export async function saveResult(
  db: DbOrTx,
  accountId: number,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await db.execute(sql`
    update idempotency_keys set response_status = ${status}, response_body = ${JSON.stringify(body)}::jsonb
    where account_id = ${accountId} and key = ${key}`);
}
