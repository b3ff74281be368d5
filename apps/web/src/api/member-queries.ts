/** Query hooks shared by the member and review pages. */
import { useQuery } from '@tanstack/react-query';
import { getFields, getInitiative, getOpenPhase } from './initiatives-api.ts';
import { fetchMe } from './session-request.ts';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => fetchMe(signal), retry: false, staleTime: 60_000 });
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
