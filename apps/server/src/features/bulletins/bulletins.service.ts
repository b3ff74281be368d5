/**
 * Weekly bulletins: every snapshot (features/snapshots) gives each unit a short Vietnamese text
 * and a 1080×1350 picture, built on demand from the frozen rows, so they never change afterwards.
 */
import { toVietnamIso, type Bulletin } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { resolvePhase } from '../programmes/programmes.service.ts';
import { rasteriseBulletin, renderBulletinSvg } from './bulletin-image.ts';
import { BULLETIN_LEADERS, bulletinText, type BulletinData } from './bulletin.rules.ts';
import {
  bulletinLeaders,
  bulletinSelf,
  findSnapshotPhase,
  snapshotsOfPhase,
  type BulletinRow,
  type BulletinSnapshot,
} from './bulletins.repository.ts';

/** Weeks of bulletins kept within reach of the dashboard. */
const LISTED = 12;

const movementOf = (row: BulletinRow) => (row.previous_rank === null ? null : row.previous_rank - row.rank);

async function bulletinData(
  db: DbOrTx,
  unit: { id: number; name: string },
  phaseName: string,
  snapshot: BulletinSnapshot,
): Promise<BulletinData | null> {
  const self = await bulletinSelf(db, snapshot, unit.id);
  if (!self) return null;
  const leaders = await bulletinLeaders(db, snapshot, unit.id, BULLETIN_LEADERS);
  return {
    unitName: unit.name,
    phaseName,
    takenAt: snapshot.takenAt,
    submissions: self.submissions,
    valid: self.valid,
    quota: self.quota,
    weekSubmissions: self.previous_submissions === null ? null : self.submissions - self.previous_submissions,
    rank: self.parent_name
      ? { position: self.rank, of: self.siblings, movement: movementOf(self), parentName: self.parent_name }
      : null,
    leaders: leaders.map((l) => ({ name: l.name, submissions: l.submissions, rank: l.rank, movement: movementOf(l) })),
  };
}

async function visibleSnapshots(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  phaseCode: string | undefined,
  now: Date,
) {
  const unit = await requireVisibleUnit(db, actor, code);
  const phase = await resolvePhase(db, phaseCode, now);
  return { unit, phase, snapshots: await snapshotsOfPhase(db, phase.id, LISTED) };
}

function present(
  unit: { code: string; name: string },
  phase: { code: string; name: string },
  snapshot: BulletinSnapshot,
  data: BulletinData,
): Bulletin {
  return {
    snapshot_id: snapshot.id,
    taken_at: toVietnamIso(snapshot.takenAt),
    unit: { code: unit.code, name: unit.name },
    phase: { code: phase.code, name: phase.name },
    text: bulletinText(data),
    image_url: `/api/v1/units/${encodeURIComponent(unit.code)}/bulletins/${snapshot.id}/image.png`,
  };
}

/** The unit's bulletins of a phase, newest first (empty until the first weekly snapshot). */
export async function listBulletins(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  phaseCode: string | undefined,
  now: Date,
): Promise<Bulletin[]> {
  const { unit, phase, snapshots } = await visibleSnapshots(db, actor, code, phaseCode, now);
  const items: Bulletin[] = [];
  for (const snapshot of snapshots) {
    const data = await bulletinData(db, unit, phase.name, snapshot);
    if (data) items.push(present(unit, phase, snapshot, data));
  }
  return items;
}

async function oneBulletin(db: DbOrTx, actor: Actor | null, code: string, snapshotId: number) {
  const unit = await requireVisibleUnit(db, actor, code);
  const found = await findSnapshotPhase(db, snapshotId);
  const data = found && (await bulletinData(db, unit, found.phase.name, found.snapshot));
  if (!found || !data) throw notFound('bản tin tuần này');
  return { unit, phase: found.phase, snapshot: found.snapshot, data };
}

export async function unitBulletin(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  snapshotId: number,
): Promise<Bulletin> {
  const { unit, phase, snapshot, data } = await oneBulletin(db, actor, code, snapshotId);
  return present(unit, phase, snapshot, data);
}

/** The picture, and its SVG text layer for those who want to check or restyle it. */
export async function unitBulletinImage(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  snapshotId: number,
): Promise<{ png: Buffer; fileName: string }> {
  const { unit, snapshot, data } = await oneBulletin(db, actor, code, snapshotId);
  const png = rasteriseBulletin(await renderBulletinSvg(data));
  const day = toVietnamIso(snapshot.takenAt).slice(0, 10);
  return { png, fileName: `ban-tin-${unit.code}-${day}.png` };
}
