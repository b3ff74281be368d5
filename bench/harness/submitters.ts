/**
 * Members submitting the short form the way a careful client does: a fresh Idempotency-Key per
 * initiative, kept across retries; a 429 waits its Retry-After and sends again; a refused or lost
 * connection (a server killed and restarting) waits a moment and sends again with the same key.
 * Every attempt's outcome is counted, so a check can require "no error but deliberate 429s".
 */
import { randomUUID } from 'node:crypto';

export interface Submission {
  accountId: number;
  key: string;
  /** The initiative's code when the server acknowledged it (201, or 200 replaying the first answer). */
  code?: string;
  /** The answer that ended the attempts: 201, 200, or the refusal's status and error code. */
  final?: { status: number; error?: string };
  attempts: number;
  sentAt?: number;
  ackedAt?: number;
}

export interface SubmitTally {
  acknowledged: number;
  replayed: number;
  /** Deliberate 429s (each with Retry-After) that were waited out and retried. */
  throttled: number;
  throttledWithoutRetryAfter: number;
  /** Connections refused or dropped (server down), retried with the same key. */
  connectionErrors: number;
  /** No answer within the client's 30 s timeout (server overloaded), retried with the same key. */
  timeouts: number;
  /** 5xx answers, retried with the same key. */
  serverErrors: number;
  /** Final refusals (4xx other than 429) by error code. */
  refused: Record<string, number>;
}

export const newTally = (): SubmitTally => ({
  acknowledged: 0,
  replayed: 0,
  throttled: 0,
  throttledWithoutRetryAfter: 0,
  connectionErrors: 0,
  timeouts: 0,
  serverErrors: 0,
  refused: {},
});

export function shortFormBody(n: number): string {
  return JSON.stringify({
    title: `Cải tiến quy trình đóng gói số ${n}`,
    problem: 'Khâu đóng gói chậm, hay sai quy cách.',
    solution: 'Dùng khuôn gấp và bảng kiểm ở đầu chuyền.',
    benefit: 'Nhanh gấp đôi, giảm hàng trả lại.',
    submit: true,
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let sequence = 0;

/**
 * Sends one initiative until it is acknowledged or refused for good; gives up (leaving it
 * unacknowledged) only after `giveUpMs`.
 */
export async function submitOnce(
  baseUrl: string,
  member: { accountId: number; token: string },
  tally: SubmitTally,
  options: { giveUpMs?: number; retryDelayMs?: number } = {},
): Promise<Submission> {
  const submission: Submission = { accountId: member.accountId, key: randomUUID(), attempts: 0 };
  const body = shortFormBody(++sequence);
  const giveUpAt = Date.now() + (options.giveUpMs ?? 120_000);
  while (Date.now() < giveUpAt) {
    submission.attempts++;
    submission.sentAt ??= Date.now();
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/v1/initiatives`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${member.token}`,
          'content-type': 'application/json',
          'idempotency-key': submission.key,
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') tally.timeouts++;
      else tally.connectionErrors++;
      await sleep(options.retryDelayMs ?? 200);
      continue;
    }
    const text = await response.text().catch(() => '');
    if (response.status === 201 || response.status === 200) {
      const json = JSON.parse(text) as { code: string };
      submission.code = json.code;
      submission.final = { status: response.status };
      submission.ackedAt = Date.now();
      tally.acknowledged++;
      if (response.headers.get('idempotent-replayed')) tally.replayed++;
      return submission;
    }
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter >= 0 && response.headers.has('retry-after')) tally.throttled++;
      else tally.throttledWithoutRetryAfter++;
      await sleep(Math.max(retryAfter, 0.05) * 1000 * (0.5 + Math.random()));
      continue;
    }
    if (response.status >= 500) {
      tally.serverErrors++;
      await sleep(options.retryDelayMs ?? 200);
      continue;
    }
    let code = `http_${response.status}`;
    try {
      code = (JSON.parse(text) as { error: { code: string } }).error.code ?? code;
    } catch {
      // not JSON: keep the status
    }
    tally.refused[code] = (tally.refused[code] ?? 0) + 1;
    submission.final = { status: response.status, error: code };
    return submission;
  }
  return submission;
}
