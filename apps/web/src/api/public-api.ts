/** The public (no login) endpoints the landing and unit pages read. */
import type { LiveStats, Ranking, RankingBy, UnitDetail } from '@sangkien/shared/schemas/units';
import type { PhaseReport } from '@sangkien/shared/schemas/report';
import { apiRequest } from './client.ts';

const segment = encodeURIComponent;

export function getLiveStats(signal?: AbortSignal): Promise<LiveStats> {
  return apiRequest('/stats/live', { signal });
}

export function getUnit(code: string, signal?: AbortSignal): Promise<UnitDetail> {
  return apiRequest(`/units/${segment(code)}`, { signal });
}

export function getRanking(code: string, phase: string, by: RankingBy, signal?: AbortSignal): Promise<Ranking> {
  const query = new URLSearchParams({ phase, by });
  return apiRequest(`/units/${segment(code)}/ranking?${query}`, { signal });
}

export function getPhaseReport(code: string, phase: string, signal?: AbortSignal): Promise<PhaseReport> {
  return apiRequest(`/reports/${segment(code)}/${segment(phase)}`, { signal });
}
