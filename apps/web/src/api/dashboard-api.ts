/** The dashboard, rankings and quota allocation endpoints (signed-in officers). */
import type { BulletinList } from '@sangkien/shared/schemas/bulletins';
import type { Dashboard } from '@sangkien/shared/schemas/dashboards';
import type { RankHistory, UnitRanking } from '@sangkien/shared/schemas/rankings';
import type { Allocation, SaveAllocation } from '@sangkien/shared/schemas/quotas';
import type { RankingBy } from '@sangkien/shared/schemas/units';
import { toApiError } from './api-error.ts';
import { apiRequest } from './client.ts';

const segment = encodeURIComponent;

export interface DashboardParams {
  phase?: string | undefined;
  campaign?: string | undefined;
  by: RankingBy;
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}

export function getDashboard(code: string, p: DashboardParams, signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest(`/units/${segment(code)}/dashboard?${query({ phase: p.phase, campaign: p.campaign, by: p.by })}`, {
    signal,
  });
}

export function getRankHistory(code: string, phase: string, signal?: AbortSignal): Promise<RankHistory> {
  return apiRequest(`/units/${segment(code)}/rank-history?${query({ phase })}`, { signal });
}

export function getClusterRanking(
  code: string,
  cluster: string,
  p: DashboardParams,
  signal?: AbortSignal,
): Promise<UnitRanking> {
  return apiRequest(
    `/units/${segment(code)}/ranking?${query({ cluster, phase: p.phase, campaign: p.campaign, by: p.by })}`,
    { signal },
  );
}

export function getAllocation(code: string, phase: string | undefined, signal?: AbortSignal): Promise<Allocation> {
  return apiRequest(`/units/${segment(code)}/quotas?${query({ phase })}`, { signal });
}

/** The session's anti-forgery token (GET /me), sent with every change. */
async function csrfToken(): Promise<string> {
  const me = await apiRequest<{ csrf_token: string | null }>('/me');
  return me.csrf_token ?? '';
}

async function send<T>(path: string, method: 'PUT' | 'POST', body: string, contentType: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: { accept: 'application/json', 'content-type': contentType, 'x-csrf-token': await csrfToken() },
    body,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export function saveAllocation(code: string, body: SaveAllocation): Promise<Allocation> {
  return send(`/units/${segment(code)}/quotas`, 'PUT', JSON.stringify(body), 'application/json');
}

export function importQuotasCsv(code: string, csv: string): Promise<{ rows: number; changed: number }> {
  return send(`/units/${segment(code)}/quotas/import`, 'POST', csv, 'text/csv');
}

export function getBulletins(code: string, phase: string, signal?: AbortSignal): Promise<BulletinList> {
  return apiRequest(`/units/${segment(code)}/bulletins?${query({ phase })}`, { signal });
}

/** Files the dashboard offers for download (same-origin links, sent with the session cookie). */
export function reportFileUrl(code: string, phase: string, format: 'docx' | 'xlsx'): string {
  return `/api/v1/reports/${segment(code)}/${segment(phase)}?format=${format}`;
}
