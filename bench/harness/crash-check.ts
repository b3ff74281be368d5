/**
 * Crash without loss: clients keep submitting while the server process is killed with SIGKILL
 * and started again; every unacknowledged request is retried with its Idempotency-Key. Afterwards
 * the database holds exactly the acknowledged submissions (plus those whose answer was lost, each
 * once) and the aggregates equal a recount.
 */
import type { BenchMember } from './fixtures.ts';
import { checkLedger, highWaterMark, ledgerViolations, type Ledger } from './ledger.ts';
import { newTally, submitOnce, type Submission, type SubmitTally } from './submitters.ts';

export interface CrashOptions {
  url: string;
  baseUrl: string;
  members: readonly BenchMember[];
  clients: number;
  seconds: number;
  /** Seconds after the start at which the server is killed (once each). */
  killAt: number[];
  /** SIGKILL the server process(es) and start them again on the same port(s). */
  killAndRestart(): Promise<void>;
}

export interface CrashReport {
  clients: number;
  seconds: number;
  kills: number;
  submissions: number;
  /** Submissions that needed more than one attempt (they were in flight at a kill). */
  retried: number;
  tally: SubmitTally;
  ledger: Ledger;
  violations: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function runCrash(options: CrashOptions): Promise<CrashReport> {
  const sinceId = await highWaterMark(options.url);
  const tally = newTally();
  const submissions: Submission[] = [];
  const started = Date.now();
  const until = started + options.seconds * 1000;
  let kills = 0;
  const killer = (async () => {
    for (const at of options.killAt) {
      await sleep(started + at * 1000 - Date.now());
      await options.killAndRestart();
      kills++;
    }
  })();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, i) => {
      let n = i;
      while (Date.now() < until) {
        const member = options.members[n % options.members.length]!;
        n += options.clients;
        submissions.push(await submitOnce(options.baseUrl, member, tally, { giveUpMs: 300_000, retryDelayMs: 100 }));
      }
    }),
  );
  await killer;
  const ledger = await checkLedger(options.url, submissions, { sinceId });
  const violations = ledgerViolations(ledger);
  const unanswered = submissions.filter((s) => !s.final).length;
  if (unanswered) violations.push(`${unanswered} never acknowledged after retries`);
  const refused = Object.values(tally.refused).reduce((a, b) => a + b, 0);
  if (refused) violations.push(`${refused} refused: ${JSON.stringify(tally.refused)}`);
  if (kills !== options.killAt.length) violations.push(`killed ${kills} times of ${options.killAt.length}`);
  return {
    clients: options.clients,
    seconds: options.seconds,
    kills,
    submissions: submissions.length,
    retried: submissions.filter((s) => s.attempts > 1).length,
    tally,
    ledger,
    violations,
  };
}
