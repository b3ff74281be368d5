/** Query hooks shared by the member and review pages. */
import { useQuery } from '@tanstack/react-query';
import { getMe, ME_KEY } from './auth-api.ts';
import { getFields, getInitiative, getOpenPhase } from './initiatives-api.ts';

/** The signed-in account, or null for a visitor: the header's session entry (asked without a 401). */
export function useMe(enabled = true) {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000, enabled });
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
