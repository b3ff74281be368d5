/**
 * The public landing page's data: the live counter, the national ranking of provinces and sector
 * unions, and the latest weekly leaders. Read-heavy under the deadline surge, so it is computed
 * once per change (not per request) into a cache that the stats events refresh.
 */
import { compareVietnamese, toVietnamIso, type LandingData } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { presentPhaseRef } from '../programmes/programmes.service.ts';
import { findCurrentPhase } from '../programmes/programmes.repository.ts';
import { liveStats } from '../stats/live-stats.service.ts';
import { rankChildren, subtreeFigures } from '../stats/stats.service.ts';
import { findRootUnit } from '../units/units.repository.ts';
import { latestSnapshotFigures } from '../snapshots/snapshots.service.ts';
import { rankUnits } from '../stats/stats.rules.ts';

/** Kinds that compete nationally: provinces and sector unions (and their like). */
const NATIONAL_KINDS = new Set(['province', 'sector', 'industrial_zone', 'other', 'district']);
const LEADERS = 5;

export async function computeLandingData(db: DbOrTx, now: Date): Promise<LandingData> {
  const live = await liveStats(db, now);
  const [root, phase] = await Promise.all([findRootUnit(db), findCurrentPhase(db, now)]);
  if (!root || !phase) return { live, phase: null, ranking: [], leaders: null };
  const { children } = await subtreeFigures(db, root, phase.id);
  const competing = children.filter((c) => NATIONAL_KINDS.has(c.unit.kind));
  const ranking = rankChildren(competing, 'submissions').map((c) => ({
    rank: c.position,
    code: c.unit.code,
    name: c.unit.name,
    kind: c.unit.kind,
    submissions: c.figures.submissions,
    valid: c.figures.valid,
    quota_percent: c.figures.quota_percent,
  }));
  const snapshot = await latestSnapshotFigures(
    db,
    phase.id,
    competing.map((c) => c.unit.id),
  );
  const codes = new Map(competing.map((c) => [c.unit.id, c.unit.code]));
  const leaders = snapshot
    ? {
        taken_at: toVietnamIso(snapshot.takenAt),
        items: rankUnits(snapshot.rows, 'submissions', compareVietnamese)
          .slice(0, LEADERS)
          .map((r) => ({
            rank: r.position,
            code: codes.get(r.unitId) ?? '',
            name: r.name,
            submissions: r.figures.submissions,
          })),
      }
    : null;
  return { live, phase: presentPhaseRef(phase), ranking, leaders };
}
