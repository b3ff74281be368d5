/** The public showcase (no login). */
import type { ShowcaseDetail, ShowcaseList } from '@sangkien/shared/schemas/councils';
import { apiRequest } from './client.ts';

export interface ShowcaseSearch {
  q?: string;
  field?: string;
  province?: string;
  benefit_min?: number;
  page?: number;
}

export function searchShowcase(search: ShowcaseSearch, signal?: AbortSignal): Promise<ShowcaseList> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return apiRequest<ShowcaseList>(`/showcase${query ? `?${query}` : ''}`, { signal });
}

export function getShowcaseItem(code: string, signal?: AbortSignal): Promise<ShowcaseDetail> {
  return apiRequest<ShowcaseDetail>(`/showcase/${encodeURIComponent(code)}`, { signal });
}
