/** SQL of the weekly bulletins: read from the frozen snapshot rows, never from live figures. */
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';

export interface BulletinSnapshot {
  id: number;
  takenAt: Date;
  /** The snapshot before it in the same phase, for movement and the week's submissions. */
  previousId: number | null;
}

/** The snapshots of a phase, newest first, each with the one before it. */
export async function snapshotsOfPhase(db: DbOrTx, phaseId: number, limit: number): Promise<BulletinSnapshot[]> {
  const rows = await queryRows<{ id: number; taken_at: string; previous_id: number | null }>(
    db,
    sql`select id, taken_at, lag(id) over (order by taken_at, id) as previous_id
        from ranking_snapshots where phase_id = ${phaseId}
        order by taken_at desc, id desc limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, takenAt: dbInstant(r.taken_at)!, previousId: r.previous_id }));
}

export interface BulletinRow {
  unit_id: number;
  name: string;
  submissions: number;
  valid: number;
  quota: number | null;
  rank: number;
  /** Rank and submissions in the previous snapshot (null when absent). */
  previous_rank: number | null;
  previous_submissions: number | null;
}

const rowColumns = sql`r.unit_id, u.name, r.submissions, r.valid, r.quota, r.rank,
  p.rank as previous_rank, p.submissions as previous_submissions`;
const previousJoin = (previousId: number | null) =>
  sql`left join ranking_snapshot_rows p on p.snapshot_id = ${previousId ?? -1} and p.unit_id = r.unit_id`;

/** The unit's own row, with the count of its siblings and its parent's name. */
export async function bulletinSelf(
  db: DbOrTx,
  snapshot: BulletinSnapshot,
  unitId: number,
): Promise<(BulletinRow & { siblings: number; parent_name: string | null }) | null> {
  const [row] = await queryRows<BulletinRow & { siblings: number; parent_name: string | null }>(
    db,
    sql`select ${rowColumns}, pu.name as parent_name,
          (select count(*)::int from ranking_snapshot_rows s
            where s.snapshot_id = r.snapshot_id and s.parent_id = r.parent_id) as siblings
        from ranking_snapshot_rows r join units u on u.id = r.unit_id
          left join units pu on pu.id = r.parent_id
          ${previousJoin(snapshot.previousId)}
        where r.snapshot_id = ${snapshot.id} and r.unit_id = ${unitId}`,
  );
  return row ?? null;
}

/** The unit's children that lead the snapshot, best first. */
export async function bulletinLeaders(
  db: DbOrTx,
  snapshot: BulletinSnapshot,
  unitId: number,
  limit: number,
): Promise<BulletinRow[]> {
  return queryRows<BulletinRow>(
    db,
    sql`select ${rowColumns}
        from ranking_snapshot_rows r join units u on u.id = r.unit_id ${previousJoin(snapshot.previousId)}
        where r.snapshot_id = ${snapshot.id} and r.parent_id = ${unitId}
        order by r.rank, u.name limit ${limit}`,
  );
}

/** A snapshot by id with its phase and the snapshot before it. */
export async function findSnapshotPhase(
  db: DbOrTx,
  snapshotId: number,
): Promise<{ snapshot: BulletinSnapshot; phase: { code: string; name: string } } | null> {
  const [row] = await queryRows<{
    id: number;
    taken_at: string;
    previous_id: number | null;
    code: string;
    name: string;
  }>(
    db,
    sql`select s.id, s.taken_at, p.code, p.name,
          (select o.id from ranking_snapshots o where o.phase_id = s.phase_id and (o.taken_at, o.id) < (s.taken_at, s.id)
            order by o.taken_at desc, o.id desc limit 1) as previous_id
        from ranking_snapshots s join phases p on p.id = s.phase_id where s.id = ${snapshotId}`,
  );
  if (!row) return null;
  return {
    snapshot: { id: row.id, takenAt: dbInstant(row.taken_at)!, previousId: row.previous_id },
    phase: { code: row.code, name: row.name },
  };
}
