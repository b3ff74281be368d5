/** Running a write at most once per (account, Idempotency-Key): a retry gets the first answer. */
import { createHash } from 'node:crypto';
import type { Database, Tx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { claimKey, saveResult, storedResult } from './idempotency.repository.ts';

export interface Answer<T> {
  status: number;
  body: T;
  replayed: boolean;
}

const hashOf = (request: unknown) => createHash('sha256').update(JSON.stringify(request)).digest('hex');

export async function onceForKey<T>(
  database: Database,
  accountId: number,
  key: string | undefined,
  request: unknown,
  work: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<Answer<T>> {
  if (!key) return { ...(await database.db.transaction(work)), replayed: false };
  if (key.length > 200) {
    throw new AppError('validation_failed', 'Idempotency-Key dài quá (tối đa 200 ký tự).', {
      'Idempotency-Key': 'Tối đa 200 ký tự.',
    });
  }
  const hash = hashOf(request);
  return database.db.transaction(async (tx) => {
    if (!(await claimKey(tx, accountId, key, hash))) {
      const stored = (await storedResult(tx, accountId, key))!;
      if (stored.request_hash !== hash) {
        throw new AppError(
          'conflict',
          'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho yêu cầu mới.',
        );
      }
      return { status: stored.response_status, body: stored.response_body as T, replayed: true };
    }
    const answer = await work(tx);
    await saveResult(tx, accountId, key, answer.status, answer.body);
    return { ...answer, replayed: false };
  });
}
