/**
 * Weekly snapshots: the rankings of every level frozen at a moment, movement between the two
 * latest, and a unit's rank over the weeks.
 */
import { and, gt, lte } from 'drizzle-orm';
import {
  compareVietnamese,
  toVietnamIso,
  type RankHistory,
  type RankingBy,
  type SnapshotSummary,
} from '@sangkien/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { phases } from '../../db/schema/index.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { presentPhaseRef, resolvePhase } from '../programmes/programmes.service.ts';
import { findPhaseByCode, findCurrentPhase, type PhaseRecord } from '../programmes/programmes.repository.ts';
import { notFound } from '../../http/errors.ts';
import { buildFigures } from '../stats/stats.rules.ts';
import { movements, type Movement, type SnapshotFigures } from '../rankings/rankings.rules.ts';
import {
  claimSnapshot,
  insertSnapshotRows,
  latestSnapshots,
  loadOwnCounts,
  loadQuotas,
  loadTree,
  participatingByAncestor,
  rankHistoryOf,
  snapshotRowsOf,
  type StoredRow,
} from './snapshots.repository.ts';
import { rollUpTree, snapshotKey } from './snapshots.rules.ts';

/** Phases open at `at`. */
async function openPhases(db: DbOrTx, at: Date): Promise<PhaseRecord[]> {
  return db
    .select()
    .from(phases)
    .where(and(lte(phases.startsAt, at), gt(phases.endsAt, at)));
}

/**
 * Freezes the rankings of every unit for the phases open at `at` (or the named ones, or else the
 * current phase). One row per (key, phase): a second process taking the same moment does nothing.
 */
export async function takeSnapshot(
  db: Db,
  options: { at: Date; phaseCodes?: readonly string[]; onlyOpen?: boolean },
): Promise<SnapshotSummary> {
  let targets: PhaseRecord[];
  if (options.phaseCodes && options.phaseCodes.length > 0) {
    targets = [];
    for (const code of options.phaseCodes) {
      const phase = await findPhaseByCode(db, code);
      if (!phase) throw notFound(`giai đoạn "${code}"`);
      targets.push(phase);
    }
  } else {
    targets = await openPhases(db, options.at);
    if (targets.length === 0 && !options.onlyOpen) {
      const current = await findCurrentPhase(db, options.at);
      if (current) targets = [current];
    }
  }
  const key = snapshotKey(options.at);
  const out: SnapshotSummary['phases'] = [];
  for (const phase of targets) {
    const result = await db.transaction(async (tx) => {
      const id = await claimSnapshot(tx, key, phase.id, options.at);
      if (id === null) return { units: 0, created: false };
      const [tree, own, quotas, participating] = [
        await loadTree(tx),
        await loadOwnCounts(tx, phase.id),
        await loadQuotas(tx, phase.id),
        await participatingByAncestor(tx, phase.id),
      ];
      const rows = rollUpTree(tree, own, quotas, participating);
      await insertSnapshotRows(tx, id, rows);
      return { units: rows.length, created: true };
    });
    out.push({ code: phase.code, ...result });
  }
  return { key, taken_at: toVietnamIso(options.at), phases: out };
}

function toSnapshotFigures(row: StoredRow): SnapshotFigures {
  return {
    unitId: row.unit_id,
    name: row.name,
    figures: buildFigures(
      {
        submissions: row.submissions,
        valid: row.valid,
        pending: row.pending,
        invalid: row.invalid,
        benefit_vnd_year: row.benefit_vnd_total,
        grassroots_participating: row.grassroots_participating,
      },
      row.quota,
      row.members,
      row.members_participating,
    ),
  };
}

export interface MovementResult {
  between: { latest: string; previous: string | null } | null;
  byUnit: Map<number, Movement> | null;
}

/** Week-on-week movement of a set of units ranked against each other by `by`, from the two latest snapshots. */
export async function movementsFor(
  db: DbOrTx,
  phaseId: number,
  unitIds: readonly number[],
  by: RankingBy,
): Promise<MovementResult> {
  const [latest, previous] = await latestSnapshots(db, phaseId, 2);
  if (!latest) return { between: null, byUnit: null };
  const latestRows = (await snapshotRowsOf(db, latest.id, unitIds)).map(toSnapshotFigures);
  const previousRows = previous ? (await snapshotRowsOf(db, previous.id, unitIds)).map(toSnapshotFigures) : null;
  return {
    between: { latest: toVietnamIso(latest.takenAt), previous: previous ? toVietnamIso(previous.takenAt) : null },
    byUnit: movements(latestRows, previousRows, by, compareVietnamese),
  };
}

/** The latest snapshot's rows of the given units (the landing page's weekly leaders). */
export async function latestSnapshotFigures(db: DbOrTx, phaseId: number, unitIds: readonly number[]) {
  const [latest] = await latestSnapshots(db, phaseId, 1);
  if (!latest) return null;
  const rows = await snapshotRowsOf(db, latest.id, unitIds);
  return { takenAt: latest.takenAt, rows: rows.map(toSnapshotFigures) };
}

/** A unit's rank among its siblings in each weekly snapshot of a phase. */
export async function unitRankHistory(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  phaseCode: string | undefined,
  now: Date,
): Promise<RankHistory> {
  const unit = await requireVisibleUnit(db, actor, code, { publicRoot: true });
  const phase = await resolvePhase(db, phaseCode, now);
  const rows = await rankHistoryOf(db, unit.id, phase.id);
  return {
    unit: { code: unit.code, name: unit.name },
    phase: presentPhaseRef(phase),
    items: rows.map((r) => ({
      taken_at: toVietnamIso(r.taken_at),
      rank: r.rank,
      of: r.of,
      submissions: r.submissions,
      valid: r.valid,
    })),
  };
}
