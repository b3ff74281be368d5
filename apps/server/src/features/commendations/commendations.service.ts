/** Commendation lists of a unit for a phase, by the criteria asked for (live figures). */
import {
  COMMENDATION_TITLES,
  toVietnamIso,
  type CommendationCriterion,
  type CommendationList,
  type Commendations,
  type UnitKind,
} from '@sangkien/shared';
import type { DbOrTx } from '../../db/client.ts';
import { dbInstant } from '../../db/sql-values.ts';
import { findProgrammeById } from '../programmes/programmes.repository.ts';
import { presentPhaseRef, resolvePhase } from '../programmes/programmes.service.ts';
import { topInitiativesByBenefit } from '../reports/reports.repository.ts';
import { presentTopInitiative } from '../reports/reports.service.ts';
import { rankPositions } from '../stats/stats.rules.ts';
import { requireUnit } from '../units/units.service.ts';
import { awardsForCommendations } from '../awards/awards.service.ts';
import { childrenByQuotaReached, grassrootsByValid, membersByValid } from './commendations.repository.ts';

export const DEFAULT_COMMENDATION_LIMIT = 10;

export interface CommendationsRequest {
  unitCode: string;
  /** Absent: the phase open now (else the latest started). */
  phaseCode?: string | undefined;
  criteria: readonly CommendationCriterion[];
  limit: number;
  now: Date;
}

/** Shared positions for equal values (1, 2, 2, 4), best first as the rows come. */
function withRanks<T>(rows: readonly T[], value: (row: T) => number): Array<T & { rank: number }> {
  const positions = rankPositions(rows, value);
  return rows.map((row) => ({ ...row, rank: positions.get(row)! }));
}

async function buildList(
  db: DbOrTx,
  criterion: CommendationCriterion,
  unitId: number,
  phaseId: number,
  limit: number,
): Promise<CommendationList> {
  const title = COMMENDATION_TITLES[criterion];
  switch (criterion) {
    case 'grassroots_most_valid':
      return {
        criterion,
        title,
        items: withRanks(await grassrootsByValid(db, unitId, phaseId, limit), (r) => r.valid),
      };
    case 'members_most_valid':
      return { criterion, title, items: withRanks(await membersByValid(db, unitId, phaseId, limit), (r) => r.valid) };
    case 'first_to_quota': {
      const rows = (await childrenByQuotaReached(db, unitId, phaseId, limit)).map((r) => ({
        ...r,
        kind: r.kind as UnitKind,
        reached_at: toVietnamIso(dbInstant(r.reached_at)!),
      }));
      return { criterion, title, items: withRanks(rows, (r) => -Date.parse(r.reached_at)) };
    }
    case 'top_benefit': {
      const rows = (await topInitiativesByBenefit(db, unitId, phaseId, limit)).map(presentTopInitiative);
      return { criterion, title, items: withRanks(rows, (r) => r.benefit_vnd_year) };
    }
    case 'awarded_collectives':
    case 'awarded_individuals': {
      const group = criterion === 'awarded_collectives' ? 'collective' : 'individual';
      const rows = await awardsForCommendations(db, unitId, phaseId, group, limit);
      // Higher levels first, bằng khen before giấy khen (the order the rows come in).
      return { criterion, title, items: withRanks(rows, (r) => -awardOrder(r)) } as CommendationList;
    }
  }
}

const LEVELS = ['national', 'province', 'district', 'grassroots'];
const awardOrder = (r: { level: string; kind_label: string }) =>
  LEVELS.indexOf(r.level) * 2 + (r.kind_label === 'Bằng khen' ? 0 : 1);

export async function buildCommendations(db: DbOrTx, request: CommendationsRequest): Promise<Commendations> {
  const unit = await requireUnit(db, request.unitCode);
  const phase = await resolvePhase(db, request.phaseCode, request.now);
  const programme = await findProgrammeById(db, phase.programmeId);
  const lists: CommendationList[] = [];
  for (const criterion of request.criteria)
    lists.push(await buildList(db, criterion, unit.id, phase.id, request.limit));
  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind as UnitKind },
    phase: presentPhaseRef(phase),
    programme: { code: programme?.code ?? '', name: programme?.name ?? '' },
    as_of: toVietnamIso(request.now),
    limit: request.limit,
    lists,
  };
}
