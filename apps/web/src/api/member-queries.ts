/** Query hooks shared by the member and review pages. */
import { useQuery } from '@tanstack/react-query';
import type { Me } from '@sangkien/shared/schemas/accounts';
import { ApiError } from './api-error.ts';
import { getFields, getInitiative, getOpenPhase } from './initiatives-api.ts';
import { fetchMe } from './session-request.ts';

/** The signed-in account, or null for a visitor (the same cache entry the header's session display reads). */
async function fetchMeOrNull(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await fetchMe(signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe(enabled = true) {
  return useQuery({
    queryKey: ['me'],
    queryFn: ({ signal }) => fetchMeOrNull(signal),
    retry: false,
    staleTime: 60_000,
    enabled,
  });
}

export function useOpenPhase() {
  return useQuery({ queryKey: ['phases', 'open'], queryFn: ({ signal }) => getOpenPhase(signal), staleTime: 60_000 });
}

export function useFields() {
  return useQuery({ queryKey: ['fields'], queryFn: ({ signal }) => getFields(signal), staleTime: 10 * 60_000 });
}

export function useInitiative(code: string) {
  return useQuery({ queryKey: ['initiative', code], queryFn: ({ signal }) => getInitiative(code, signal) });
}
