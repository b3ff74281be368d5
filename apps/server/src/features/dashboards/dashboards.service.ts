/**
 * The dashboard of any unit for a phase or a campaign: the report's figures (the same calculation,
 * stats.service), its children ranked with movement, the daily chart, units behind and the review
 * backlog by age — all from the maintained aggregates.
 */
import { toVietnamIso, vietnamDay, type Dashboard, type RankingBy, type UnitKind } from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireVisibleUnit } from '../access/access.service.ts';
import { findUnitsByIds } from '../units/units.repository.ts';
import { presentPhaseRef, presentWindowRef, siblingPhasesWithCampaigns } from '../programmes/programmes.service.ts';
import { subtreeFigures } from '../stats/stats.service.ts';
import {
  campaignChildFigures,
  clustersOrganisedBy,
  rankWithMovement,
  resolveRankingScope,
  unitCampaignFigures,
} from '../rankings/rankings.service.ts';
import { CAMPAIGN_UNAVAILABLE, windowDays } from '../rankings/rankings.rules.ts';
import { subtreeDays } from './dashboards.repository.ts';
import { backlogByAge, belowQuota, dailySeries, withoutSubmissions } from './dashboards.rules.ts';

export interface DashboardQuery {
  phase?: string | undefined;
  campaign?: string | undefined;
  by: RankingBy;
}

export async function unitDashboard(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  query: DashboardQuery,
  now: Date,
): Promise<Dashboard> {
  const unit = await requireVisibleUnit(db, actor, code);
  const scope = await resolveRankingScope(db, query.phase, query.campaign, now);
  if (scope.campaign && CAMPAIGN_UNAVAILABLE.includes(query.by)) {
    throw new AppError('rule_broken', 'Bảng theo đợt thi đua không xếp hạng được theo chỉ số này.', {
      by: `Đợt thi đua không có chỉ số "${query.by}".`,
    });
  }
  const { total, children } = scope.campaign
    ? {
        total: await unitCampaignFigures(db, unit, scope),
        children: await campaignChildFigures(db, unit, scope),
      }
    : await subtreeFigures(db, unit, scope.phase.id);
  const ranked = await rankWithMovement(db, children, scope, query.by);
  const days = await subtreeDays(db, unit.id, scope.phase.id, null);
  const today = vietnamDay(now);
  const window = scope.days ?? windowDays(scope.phase.startsAt, scope.phase.endsAt);
  const parent = unit.parentId ? (await findUnitsByIds(db, [unit.parentId]))[0] : undefined;
  const ref = (c: (typeof children)[number]) => ({ code: c.unit.code, name: c.unit.name });
  return {
    unit: {
      code: unit.code,
      name: unit.name,
      kind: unit.kind as UnitKind,
      depth: unit.depth,
      parent_code: parent?.code ?? null,
    },
    phase: presentPhaseRef(scope.phase),
    campaign: scope.campaign ? presentWindowRef(scope.campaign) : null,
    phases: await siblingPhasesWithCampaigns(db, scope.phase),
    figures: total,
    unavailable: scope.campaign ? [...CAMPAIGN_UNAVAILABLE] : [],
    by: query.by,
    children: ranked.items,
    movement_between: ranked.movement_between,
    daily: dailySeries(
      days.filter((d) => d.day >= window.first && d.day <= window.last),
      window,
      today,
    ),
    below_quota: belowQuota(children).map((c) => ({
      ...ref(c),
      submissions: c.figures.submissions,
      quota: c.figures.quota!,
      quota_percent: c.figures.quota_percent!,
    })),
    without_submissions: withoutSubmissions(children).map(ref),
    // The backlog is what waits now, whatever window is shown.
    backlog: backlogByAge(days, today),
    clusters: await clustersOrganisedBy(db, unit.id),
    as_of: toVietnamIso(now),
  };
}
