/**
 * The submit floor: what a submission costs the database alone, through `pg` with a pool of the
 * same size and the same concurrency as the app — the idempotency record, the initiative, its
 * author and first event, the three aggregate upserts and the notify, in one transaction.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loop, type LoadResult } from './load.ts';

export interface FloorMember {
  accountId: number;
  memberId: number;
  unitId: number;
}

export async function floorMembers(url: string, accountIds: number[]): Promise<FloorMember[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ account_id: number; member_id: number; unit_id: number }>(
      `select a.id as account_id, m.id as member_id, m.unit_id from accounts a join members m on m.id = a.member_id
        where a.id = any($1::int[])`,
      [accountIds],
    );
    return rows.map((r) => ({ accountId: r.account_id, memberId: r.member_id, unitId: r.unit_id }));
  } finally {
    await pool.end();
  }
}

export async function openPhaseId(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ id: number }>(
      `select id from phases where starts_at <= now() and now() < ends_at order by starts_at desc limit 1`,
    );
    if (!rows[0]) throw new Error('no phase is open now');
    return rows[0].id;
  } finally {
    await pool.end();
  }
}

export async function submitFloor(
  url: string,
  members: FloorMember[],
  phaseId: number,
  options: { connections: number; seconds: number; poolSize: number },
): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize });
  let n = 0;
  try {
    return await loop(options.connections, options.seconds, async () => {
      const m = members[Math.floor(Math.random() * members.length)]!;
      const key = randomUUID();
      const code = `BF-${process.pid}-${++n}`;
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(
          `insert into idempotency_keys (account_id, key, request_hash, response_status, response_body)
           values ($1, $2, $3, 201, $4)`,
          [m.accountId, key, key, JSON.stringify({ code, status: 'submitted' })],
        );
        const { rows } = await client.query<{ id: number }>(
          `insert into initiatives (code, title, search_folded, phase_id, unit_id, status, problem, solution, benefit,
             entered_by_account_id, submitted_at, status_changed_at)
           values ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8, $9, now(), now()) returning id`,
          [
            code,
            'Cải tiến quy trình đóng gói',
            'cai tien quy trinh dong goi',
            phaseId,
            m.unitId,
            'Đóng gói chậm',
            'Dùng khuôn gấp',
            'Nhanh gấp đôi',
            m.accountId,
          ],
        );
        const id = rows[0]!.id;
        await client.query(`insert into initiative_authors (initiative_id, member_id, position) values ($1, $2, 0)`, [
          id,
          m.memberId,
        ]);
        await client.query(
          `insert into initiative_events (initiative_id, from_status, to_status, by_account_id) values ($1, null, 'submitted', $2)`,
          [id, m.accountId],
        );
        await client.query(
          `insert into unit_phase_stats (unit_id, phase_id, submissions, pending) values ($1, $2, 1, 1)
           on conflict (unit_id, phase_id) do update set submissions = unit_phase_stats.submissions + 1,
             pending = unit_phase_stats.pending + 1, updated_at = now()`,
          [m.unitId, phaseId],
        );
        await client.query(
          `insert into unit_daily_stats (unit_id, phase_id, day, submissions, pending)
           values ($1, $2, (now() at time zone 'Asia/Ho_Chi_Minh')::date, 1, 1)
           on conflict (phase_id, unit_id, day) do update set submissions = unit_daily_stats.submissions + 1,
             pending = unit_daily_stats.pending + 1`,
          [m.unitId, phaseId],
        );
        await client.query(
          `insert into unit_phase_authors (unit_id, phase_id, member_id, submissions) values ($1, $2, $3, 1)
           on conflict (phase_id, unit_id, member_id) do update set submissions = unit_phase_authors.submissions + 1`,
          [m.unitId, phaseId, m.memberId],
        );
        await client.query(`select pg_notify('sangkien_stats', $1)`, [
          JSON.stringify({ phases: [phaseId], units: [m.unitId] }),
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}
