/**
 * What the database holds after a run, against what the clients were told: every acknowledged
 * initiative present, none twice (each row belongs to exactly one Idempotency-Key), none submitted
 * at or after the phase's closing instant, and the aggregates equal a recount (`sangkien verify`).
 */
import pg from 'pg';
import { runCli } from './database.ts';
import type { Submission } from './submitters.ts';

export interface Ledger {
  acknowledged: number;
  rows: number;
  /** Acknowledged codes not in the database. */
  missing: string[];
  /** Rows no Idempotency-Key of the run points at, or codes acknowledged under two keys. */
  duplicates: string[];
  /** Rows whose answer the client never got (the ack was lost), each present once. */
  lostAcks: number;
  afterClose: number;
  verifyExitCode: number;
  verifyOutput: string;
}

export async function highWaterMark(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return Number((await pool.query('select coalesce(max(id), 0) as id from initiatives')).rows[0].id);
  } finally {
    await pool.end();
  }
}

export async function checkLedger(
  url: string,
  submissions: readonly Submission[],
  options: { sinceId: number; closesAt?: Date },
): Promise<Ledger> {
  const accounts = [...new Set(submissions.map((s) => s.accountId))];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  let rows: Array<{ code: string; submitted_at: Date | null }>;
  let keyed: Array<{ key: string; code: string | null }>;
  try {
    rows = (
      await pool.query(
        `select code, submitted_at from initiatives where id > $1 and entered_by_account_id = any($2::int[])`,
        [options.sinceId, accounts],
      )
    ).rows;
    keyed = (
      await pool.query(
        `select key, response_body->>'code' as code from idempotency_keys
          where account_id = any($1::int[]) and key = any($2::text[])`,
        [accounts, submissions.map((s) => s.key)],
      )
    ).rows;
  } finally {
    await pool.end();
  }
  const acked = submissions.filter((s) => s.code !== undefined);
  const present = new Set(rows.map((r) => r.code));
  const codeOfKey = new Map(keyed.map((k) => [k.key, k.code]));
  const keyCodes = new Map<string, number>();
  for (const k of keyed) if (k.code) keyCodes.set(k.code, (keyCodes.get(k.code) ?? 0) + 1);
  const duplicates = [
    ...rows.filter((r) => !keyCodes.has(r.code)).map((r) => `${r.code} (no key)`),
    ...[...keyCodes].filter(([, n]) => n > 1).map(([code]) => `${code} (${keyCodes.get(code)} keys)`),
    ...acked
      .filter((s) => codeOfKey.get(s.key) !== s.code)
      .map((s) => `${s.code} (key answers ${codeOfKey.get(s.key)})`),
  ];
  const lostAcks = submissions.filter((s) => s.code === undefined && codeOfKey.get(s.key)).length;
  let verifyExitCode = 0;
  let verifyOutput = '';
  try {
    verifyOutput = runCli(url, ['verify']).trim();
  } catch (error) {
    verifyExitCode = 1;
    verifyOutput = (error as Error).message;
  }
  return {
    acknowledged: acked.length,
    rows: rows.length,
    missing: acked.filter((s) => !present.has(s.code!)).map((s) => s.code!),
    duplicates,
    lostAcks,
    afterClose: options.closesAt ? rows.filter((r) => r.submitted_at && r.submitted_at >= options.closesAt!).length : 0,
    verifyExitCode,
    verifyOutput,
  };
}

/** The ledger's broken promises, in words; empty when the run kept every one. */
export function ledgerViolations(ledger: Ledger): string[] {
  const out: string[] = [];
  if (ledger.missing.length)
    out.push(`${ledger.missing.length} acknowledged not in the database: ${ledger.missing.slice(0, 5)}`);
  if (ledger.duplicates.length) out.push(`${ledger.duplicates.length} duplicates: ${ledger.duplicates.slice(0, 5)}`);
  if (ledger.rows !== ledger.acknowledged + ledger.lostAcks)
    out.push(`${ledger.rows} rows for ${ledger.acknowledged} acknowledged + ${ledger.lostAcks} lost acks`);
  if (ledger.afterClose) out.push(`${ledger.afterClose} submitted at or after the closing instant`);
  if (ledger.verifyExitCode !== 0) out.push(`sangkien verify: ${ledger.verifyOutput}`);
  return out;
}
