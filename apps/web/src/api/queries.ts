/** TanStack Query hooks over the public API, with one policy for caching and retries. */
import { QueryClient, useQuery } from '@tanstack/react-query';
import type { RankingBy } from '@sangkien/shared/schemas/units';
import { ApiError } from './api-error.ts';
import { getLiveStats, getPhaseReport, getRanking, getUnit } from './public-api.ts';

/** How often the live counter refreshes until Server-Sent Events push it. */
const LIVE_REFRESH_MS = 10_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(error instanceof ApiError && error.permanent) && failures < 2,
      },
    },
  });
}

export function useLiveStats() {
  return useQuery({
    queryKey: ['stats', 'live'],
    queryFn: ({ signal }) => getLiveStats(signal),
    refetchInterval: LIVE_REFRESH_MS,
    staleTime: LIVE_REFRESH_MS,
  });
}

export function useUnit(code: string) {
  return useQuery({ queryKey: ['unit', code], queryFn: ({ signal }) => getUnit(code, signal) });
}

export function useRanking(code: string, phase: string, by: RankingBy) {
  return useQuery({
    queryKey: ['ranking', code, phase, by],
    queryFn: ({ signal }) => getRanking(code, phase, by, signal),
    // While another metric loads, keep showing this unit's bars instead of a spinner.
    placeholderData: (previous) => (previous?.unit.code === code ? previous : undefined),
  });
}

export function usePhaseReport(code: string, phase: string) {
  return useQuery({ queryKey: ['report', code, phase], queryFn: ({ signal }) => getPhaseReport(code, phase, signal) });
}
