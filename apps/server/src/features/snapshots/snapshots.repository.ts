/** SQL of the weekly ranking snapshots. */
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type DbOrTx } from '../../db/client.ts';
import { dbInstant, intArray } from '../../db/sql-values.ts';
import type { OwnCounts, SnapshotRow, TreeUnit } from './snapshots.rules.ts';

export interface SnapshotRef {
  id: number;
  takenAt: Date;
}

/** Claims the snapshot's key; null when another process (or an earlier run) already took it. */
export async function claimSnapshot(tx: DbOrTx, key: string, phaseId: number, takenAt: Date): Promise<number | null> {
  const row = await queryOne<{ id: number }>(
    tx,
    sql`insert into ranking_snapshots (key, phase_id, taken_at) values (${key}, ${phaseId}, ${takenAt.toISOString()})
        on conflict (key, phase_id) do nothing returning id`,
  );
  return row?.id ?? null;
}

export async function loadTree(db: DbOrTx): Promise<TreeUnit[]> {
  const rows = await queryRows<{
    id: number;
    parent_id: number | null;
    path: number[] | string;
    members: number;
    open: boolean;
  }>(db, sql`select id, parent_id, path, members, (valid_to is null or valid_to > now()) as open from units`);
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    path: typeof r.path === 'string' ? r.path.slice(1, -1).split(',').map(Number) : r.path,
    members: r.members,
    open: r.open,
  }));
}

export async function loadOwnCounts(db: DbOrTx, phaseId: number): Promise<OwnCounts[]> {
  const rows = await queryRows<Omit<OwnCounts, 'unitId'> & { unit_id: number }>(
    db,
    sql`select unit_id, submissions, valid, pending, invalid, benefit_vnd_year, 0 as grassroots_participating
        from unit_phase_stats where phase_id = ${phaseId}`,
  );
  return rows.map(({ unit_id, ...counts }) => ({ unitId: unit_id, ...counts }));
}

export async function loadQuotas(db: DbOrTx, phaseId: number): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; quota: number }>(
    db,
    sql`select unit_id, quota from quotas where phase_id = ${phaseId}`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.quota]));
}

/** Distinct participating members of every unit's subtree (not additive, so counted per ancestor). */
export async function participatingByAncestor(db: DbOrTx, phaseId: number): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select t as unit_id, count(distinct a.member_id)::int as n
        from unit_phase_authors a join units u on u.id = a.unit_id cross join lateral unnest(u.path) t
        where a.phase_id = ${phaseId} and a.submissions > 0
        group by t`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

const BATCH = 5000;

export async function insertSnapshotRows(tx: DbOrTx, snapshotId: number, rows: readonly SnapshotRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const part = rows.slice(i, i + BATCH);
    const col = (f: (r: SnapshotRow) => number | null) =>
      `{${part.map((r) => (f(r) === null ? 'NULL' : String(Math.trunc(f(r)!)))).join(',')}}`;
    await tx.execute(sql`
      insert into ranking_snapshot_rows (snapshot_id, unit_id, parent_id, submissions, valid, pending, invalid, quota,
        members, grassroots_participating, members_participating, benefit_vnd_total, rank)
      select ${snapshotId}, * from unnest(${col((r) => r.unitId)}::int[], ${col((r) => r.parentId)}::int[],
        ${col((r) => r.figures.submissions)}::int[], ${col((r) => r.figures.valid)}::int[],
        ${col((r) => r.figures.pending)}::int[], ${col((r) => r.figures.invalid)}::int[],
        ${col((r) => r.figures.quota)}::int[], ${col((r) => r.figures.members)}::int8[],
        ${col((r) => r.figures.grassroots_participating)}::int[], ${col((r) => r.figures.members_participating)}::int[],
        ${col((r) => r.figures.benefit_vnd_total)}::int8[], ${col((r) => r.rank)}::int[])`);
  }
}

/** The latest snapshots of a phase, newest first. */
export async function latestSnapshots(db: DbOrTx, phaseId: number, limit: number): Promise<SnapshotRef[]> {
  const rows = await queryRows<{ id: number; taken_at: string }>(
    db,
    sql`select id, taken_at from ranking_snapshots where phase_id = ${phaseId} order by taken_at desc, id desc limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, takenAt: dbInstant(r.taken_at)! }));
}

export interface StoredRow {
  unit_id: number;
  name: string;
  submissions: number;
  valid: number;
  pending: number;
  invalid: number;
  quota: number | null;
  members: number;
  grassroots_participating: number;
  members_participating: number;
  benefit_vnd_total: number;
  rank: number;
}

export async function snapshotRowsOf(db: DbOrTx, snapshotId: number, unitIds: readonly number[]): Promise<StoredRow[]> {
  if (unitIds.length === 0) return [];
  return queryRows<StoredRow>(
    db,
    sql`select r.unit_id, u.name, r.submissions, r.valid, r.pending, r.invalid, r.quota, r.members,
          r.grassroots_participating, r.members_participating, r.benefit_vnd_total, r.rank
        from ranking_snapshot_rows r join units u on u.id = r.unit_id
        where r.snapshot_id = ${snapshotId} and r.unit_id = any(${intArray(unitIds)}::int[])`,
  );
}

/** A unit's rank among its siblings in each snapshot of a phase, oldest first. */
export async function rankHistoryOf(db: DbOrTx, unitId: number, phaseId: number) {
  const rows = await queryRows<{ taken_at: string; rank: number; of: number; submissions: number; valid: number }>(
    db,
    sql`select s.taken_at, r.rank, r.submissions, r.valid,
          (select count(*)::int from ranking_snapshot_rows o
            where o.snapshot_id = r.snapshot_id and o.parent_id is not distinct from r.parent_id) as of
        from ranking_snapshot_rows r join ranking_snapshots s on s.id = r.snapshot_id
        where r.unit_id = ${unitId} and s.phase_id = ${phaseId}
        order by s.taken_at, s.id`,
  );
  return rows.map((r) => ({ ...r, taken_at: dbInstant(r.taken_at)! }));
}
