/**
 * The deadline surge: the open phase's end is moved a little ahead, then every member submits at a
 * random moment of the last `windowSeconds` before it (a few deliberately just after). Afterwards:
 * no error but deliberate 429s with Retry-After, every acknowledged submission in the database,
 * none after the closing instant, none twice, every late one refused.
 */
import pg from 'pg';
import type { BenchMember } from './fixtures.ts';
import { checkLedger, highWaterMark, ledgerViolations, type Ledger } from './ledger.ts';
import { newTally, submitOnce, type Submission, type SubmitTally } from './submitters.ts';

export interface SurgeOptions {
  url: string;
  baseUrl: string;
  members: readonly BenchMember[];
  windowSeconds: number;
  /** Seconds between now and the window's start (setting up the clients). */
  leadSeconds?: number;
  /** Share of members who send just after the closing instant (they must all be refused). */
  lateShare?: number;
}

export interface SurgeReport {
  members: number;
  closes_at: string;
  window_seconds: number;
  on_time: number;
  late: number;
  tally: SubmitTally;
  /** On-time submissions refused (the server processed them after the end). */
  on_time_refused: number;
  late_acknowledged: number;
  submissions_per_second_in_window: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  ledger: Ledger;
  violations: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function runSurge(options: SurgeOptions): Promise<SurgeReport> {
  const lead = (options.leadSeconds ?? 2) * 1000;
  const window = options.windowSeconds * 1000;
  const closesAt = new Date(Date.now() + lead + window);
  const pool = new pg.Pool({ connectionString: options.url, max: 1 });
  try {
    const { rowCount } = await pool.query(
      `update phases set ends_at = $1
        where id = (select id from phases where starts_at <= now() and now() < ends_at order by ends_at limit 1)`,
      [closesAt],
    );
    if (rowCount !== 1) throw new Error('no phase is open now: nothing to close');
  } finally {
    await pool.end();
  }
  const sinceId = await highWaterMark(options.url);
  const tally = newTally();
  const lateShare = options.lateShare ?? 0.02;
  const lateEvery = lateShare > 0 ? Math.max(1, Math.round(1 / lateShare)) : 0;
  const plan = options.members.map((member, i) => {
    const late = lateEvery > 0 && i % lateEvery === lateEvery - 1;
    const at = late
      ? closesAt.getTime() + 300 + Math.random() * 1000
      : closesAt.getTime() - window + Math.random() * window;
    return { member, late, at };
  });
  const results = await Promise.all(
    plan.map(async (p) => {
      await sleep(p.at - Date.now());
      const sentBeforeClose = Date.now() < closesAt.getTime();
      const submission = await submitOnce(options.baseUrl, p.member, tally);
      return { ...p, sentBeforeClose, submission };
    }),
  );
  const submissions: Submission[] = results.map((r) => r.submission);
  const ledger = await checkLedger(options.url, submissions, { sinceId, closesAt });
  const onTime = results.filter((r) => !r.late);
  const latencies = results
    .filter((r) => r.submission.ackedAt)
    .map((r) => r.submission.ackedAt! - r.submission.sentAt!)
    .sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const report: SurgeReport = {
    members: options.members.length,
    closes_at: closesAt.toISOString(),
    window_seconds: options.windowSeconds,
    on_time: onTime.length,
    late: results.length - onTime.length,
    tally,
    on_time_refused: onTime.filter((r) => r.sentBeforeClose && r.submission.final?.error).length,
    late_acknowledged: results.filter((r) => r.late && r.submission.code).length,
    submissions_per_second_in_window: Math.round(onTime.length / options.windowSeconds),
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    max_ms: latencies.at(-1) ?? 0,
    ledger,
    violations: [],
  };
  const v = ledgerViolations(ledger);
  if (tally.connectionErrors) v.push(`${tally.connectionErrors} connection errors`);
  if (tally.timeouts) v.push(`${tally.timeouts} client timeouts (30 s)`);
  if (tally.serverErrors) v.push(`${tally.serverErrors} server errors (5xx)`);
  if (tally.throttledWithoutRetryAfter) v.push(`${tally.throttledWithoutRetryAfter} 429s without Retry-After`);
  if (report.on_time_refused) v.push(`${report.on_time_refused} sent before the end but refused`);
  if (report.late_acknowledged) v.push(`${report.late_acknowledged} sent after the end but acknowledged`);
  const unanswered = results.filter((r) => !r.submission.final).length;
  if (unanswered) v.push(`${unanswered} never answered`);
  report.violations = v;
  return report;
}
