/** The support team's side: find members in the roster (diacritics ignored), add one on the spot. */
import type { RosterMember } from '@sangkien/shared/schemas/members';
import { apiRequest } from './client.ts';
import { apiWrite } from './session-request.ts';

const segment = encodeURIComponent;

export async function searchRoster(unit: string, q: string, signal?: AbortSignal): Promise<RosterMember[]> {
  const params = new URLSearchParams({ q, limit: '20' });
  return (await apiRequest<{ items: RosterMember[] }>(`/units/${segment(unit)}/members?${params}`, { signal })).items;
}

export function addRosterMember(
  unit: string,
  body: { full_name: string; phone: string | null; job_title: string | null },
): Promise<RosterMember> {
  return apiWrite(`/units/${segment(unit)}/members`, { body });
}
