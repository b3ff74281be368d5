/**
 * Rankings of a unit's children, or of an emulation cluster's units, for a phase or a campaign
 * window, by any metric of product.md §3, with week-on-week movement from the weekly snapshots.
 */
import { compareVietnamese, toVietnamIso, type RankingBy, type UnitKind, type UnitRanking } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { presentPhaseRef, quotasFor, requirePhaseById, resolvePhase } from '../programmes/programmes.service.ts';
import { rankChildren, subtreeFigures, type ChildFigures } from '../stats/stats.service.ts';
import { addCounts, buildFigures, ZERO_COUNTS, type Counts } from '../stats/stats.rules.ts';
import { movementsFor } from '../snapshots/snapshots.service.ts';
import { listOpenChildren } from '../units/units.repository.ts';
import type { PhaseRecord } from '../programmes/programmes.repository.ts';
import {
  findCampaign,
  findCluster,
  listClustersOwnedBy,
  listClusterUnits,
  memberTotalsOf,
  participatingMembersOf,
  subtreeCountsOf,
  windowCountsByChild,
  type CampaignRecord,
  type ClusterRecord,
  type DayWindow,
  type KeyedCounts,
  type UnitRow,
} from './rankings.repository.ts';
import { CAMPAIGN_UNAVAILABLE, campaignFigures, windowDays } from './rankings.rules.ts';

export interface RankingQuery {
  phase?: string | undefined;
  campaign?: string | undefined;
  cluster?: string | undefined;
  by: RankingBy;
}

export interface RankingScope {
  phase: PhaseRecord;
  campaign: CampaignRecord | null;
  days: DayWindow | null;
}

const countsOf = ({ key: _key, ...counts }: KeyedCounts): Counts => counts;

/** The phase a request means, or the campaign's phase (a campaign must lie in the named phase). */
export async function resolveRankingScope(
  db: DbOrTx,
  phaseCode: string | undefined,
  campaignCode: string | undefined,
  now: Date,
): Promise<RankingScope> {
  if (!campaignCode) return { phase: await resolvePhase(db, phaseCode, now), campaign: null, days: null };
  const campaign = await findCampaign(db, campaignCode);
  if (!campaign) throw notFound(`đợt thi đua "${campaignCode}"`);
  const phase = phaseCode ? await resolvePhase(db, phaseCode, now) : await requirePhaseById(db, campaign.phaseId);
  if (phase.id !== campaign.phaseId) {
    throw new AppError('rule_broken', `Đợt thi đua "${campaign.code}" không thuộc giai đoạn "${phase.code}".`, {
      campaign: 'Đợt thi đua không thuộc giai đoạn đã chọn.',
    });
  }
  return { phase, campaign, days: windowDays(campaign.startsAt, campaign.endsAt) };
}

/** Figures of a unit's open children over a campaign window (from the daily aggregates). */
export async function campaignChildFigures(db: DbOrTx, unit: UnitRow, scope: RankingScope): Promise<ChildFigures[]> {
  const children = await listOpenChildren(db, unit.id);
  const counts = new Map(
    (await windowCountsByChild(db, unit, scope.phase.id, scope.days!)).map((r) => [r.key, countsOf(r)]),
  );
  const members = await memberTotalsOf(
    db,
    children.map((c) => c.id),
  );
  return children.map((child) => ({
    unit: child,
    name: child.name,
    figures: campaignFigures(counts.get(child.id) ?? ZERO_COUNTS, members.get(child.id) ?? 0),
  }));
}

/** Figures of each unit of a cluster over its own subtree, for the phase or the campaign window. */
async function clusterFigures(db: DbOrTx, cluster: ClusterRecord, scope: RankingScope): Promise<ChildFigures[]> {
  const unitsOf = await listClusterUnits(db, cluster.id);
  const ids = unitsOf.map((u) => u.id);
  const counts = new Map((await subtreeCountsOf(db, ids, scope.phase.id, scope.days)).map((r) => [r.key, countsOf(r)]));
  const members = await memberTotalsOf(db, ids);
  if (scope.days) {
    return unitsOf.map((u) => ({
      unit: u,
      name: u.name,
      figures: campaignFigures(counts.get(u.id) ?? ZERO_COUNTS, members.get(u.id) ?? 0),
    }));
  }
  const quotas = await quotasFor(db, ids, scope.phase.id);
  const participating = await participatingMembersOf(db, ids, scope.phase.id);
  return unitsOf.map((u) => ({
    unit: u,
    name: u.name,
    figures: buildFigures(
      counts.get(u.id) ?? ZERO_COUNTS,
      quotas.get(u.id) ?? null,
      members.get(u.id) ?? 0,
      participating.get(u.id) ?? 0,
    ),
  }));
}

/** Ranked items with movement: the body shared by the ranking API and the dashboards. */
export async function rankWithMovement(db: DbOrTx, items: readonly ChildFigures[], scope: RankingScope, by: RankingBy) {
  const ranked = rankChildren(items, by);
  const moves = scope.campaign
    ? { between: null, byUnit: null }
    : await movementsFor(
        db,
        scope.phase.id,
        items.map((i) => i.unit.id),
        by,
      );
  return {
    movement_between: moves.between,
    items: ranked.map((c) => ({
      rank: c.position,
      code: c.unit.code,
      name: c.unit.name,
      kind: c.unit.kind as UnitKind,
      ...c.figures,
      movement: moves.byUnit ? (moves.byUnit.get(c.unit.id) ?? null) : null,
    })),
  };
}

/** GET /units/{code}/ranking: the national ranking is public, others need a role over the unit. */
export async function unitRanking(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  query: RankingQuery,
  now: Date,
): Promise<UnitRanking> {
  const unit = await requireVisibleUnit(db, actor, code, { publicRoot: true });
  const scope = await resolveRankingScope(db, query.phase, query.campaign, now);
  if (scope.campaign && CAMPAIGN_UNAVAILABLE.includes(query.by)) {
    throw new AppError('rule_broken', 'Xếp hạng theo đợt thi đua không có chỉ số này.', {
      by: `Đợt thi đua không có chỉ số "${query.by}"; hãy chọn lượt nộp, hợp lệ, tỷ lệ hoặc số CĐCS tham gia.`,
    });
  }
  let cluster: ClusterRecord | null = null;
  let items: ChildFigures[];
  if (query.cluster) {
    cluster = (await findCluster(db, query.cluster)) ?? null;
    // A cluster is ranked under the unit that organises it.
    if (!cluster || cluster.ownerUnitId !== unit.id) throw notFound(`cụm thi đua "${query.cluster}"`);
    items = await clusterFigures(db, cluster, scope);
  } else if (scope.campaign) {
    items = await campaignChildFigures(db, unit, scope);
  } else {
    items = (await subtreeFigures(db, unit, scope.phase.id)).children;
  }
  items.sort((a, b) => compareVietnamese(a.name, b.name));
  return {
    unit: { code: unit.code, name: unit.name },
    phase: presentPhaseRef(scope.phase),
    campaign: scope.campaign
      ? {
          code: scope.campaign.code,
          name: scope.campaign.name,
          starts_at: toVietnamIso(scope.campaign.startsAt),
          ends_at: toVietnamIso(scope.campaign.endsAt),
        }
      : null,
    cluster: cluster ? { code: cluster.code, name: cluster.name } : null,
    by: query.by,
    unavailable: scope.campaign ? [...CAMPAIGN_UNAVAILABLE] : [],
    ...(await rankWithMovement(db, items, scope, query.by)),
  };
}

/** The emulation clusters a unit organises. */
export async function clustersOrganisedBy(db: DbOrTx, unitId: number) {
  return (await listClustersOwnedBy(db, unitId)).map((c) => ({ code: c.code, name: c.name }));
}

/** A unit's own figures (whole subtree) over a campaign window. */
export async function unitCampaignFigures(db: DbOrTx, unit: UnitRow, scope: RankingScope) {
  const rows = await windowCountsByChild(db, unit, scope.phase.id, scope.days!);
  const total = rows.reduce((sum, r) => addCounts(sum, countsOf(r)), ZERO_COUNTS);
  const members = await memberTotalsOf(db, [unit.id]);
  return campaignFigures(total, members.get(unit.id) ?? 0);
}
