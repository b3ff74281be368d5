/** The administration endpoints: tree browser, unit lifecycle, roster, roles, password resets, audit. */
import type { z } from 'zod';
import type { Role } from '@sangkien/shared/enums';
import type { UnitDetail, UnitListSchema } from '@sangkien/shared/schemas/units';
import type { UnitHistorySchema, UnitSearchResultSchema } from '@sangkien/shared/schemas/unit-admin';
import type { RosterMember, RosterPageSchema, MemberImportResultSchema } from '@sangkien/shared/schemas/members';
import type { UnitGrant } from '@sangkien/shared/schemas/roles';
import type { AuditPageSchema } from '@sangkien/shared/schemas/audit';
import type { PasswordResetIssuedSchema } from '@sangkien/shared/schemas/accounts';
import { apiRequest } from './client.ts';

export type { RosterMember, UnitDetail, UnitGrant };
export type UnitList = z.infer<typeof UnitListSchema>;
export type UnitSummary = UnitList['items'][number];
export type UnitSearchResult = z.infer<typeof UnitSearchResultSchema>;
export type UnitSearchItem = UnitSearchResult['items'][number];
export type UnitHistory = z.infer<typeof UnitHistorySchema>;
export type RosterPage = z.infer<typeof RosterPageSchema>;
export type MemberImportResult = z.infer<typeof MemberImportResultSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditEntry = AuditPage['items'][number];
export type PasswordResetIssued = z.infer<typeof PasswordResetIssuedSchema>;

const segment = encodeURIComponent;
const unitUrl = (code: string, rest = '') => `/units/${segment(code)}${rest}`;

export function getUnitChildren(code: string, signal?: AbortSignal): Promise<UnitList> {
  return apiRequest(unitUrl(code, '/children'), { signal });
}

export function searchUnits(q: string, options: { limit?: number; offset?: number }, signal?: AbortSignal) {
  const query = new URLSearchParams({ q, limit: String(options.limit ?? 20), offset: String(options.offset ?? 0) });
  return apiRequest<UnitSearchResult>(`/units?${query}`, { signal });
}

export function getUnitHistory(code: string, signal?: AbortSignal): Promise<UnitHistory> {
  return apiRequest(unitUrl(code, '/history'), { signal });
}

export function renameUnit(code: string, body: { name: string; on?: string }): Promise<UnitDetail> {
  return apiRequest(unitUrl(code), { method: 'PATCH', body });
}

export function moveUnit(code: string, body: { parent_code: string; on?: string }): Promise<UnitDetail> {
  return apiRequest(unitUrl(code, '/move'), { method: 'POST', body });
}

export function mergeUnit(code: string, body: { successor_code: string; on?: string }): Promise<UnitDetail> {
  return apiRequest(unitUrl(code, '/merge'), { method: 'POST', body });
}

export function closeUnit(code: string, body: { on?: string }): Promise<UnitDetail> {
  return apiRequest(unitUrl(code, '/close'), { method: 'POST', body });
}

export function renewJoinCode(code: string): Promise<{ join_code: string }> {
  return apiRequest(unitUrl(code, '/join-code'), { method: 'POST' });
}

/** The QR images are plain GETs: `<img src>` and download links use these addresses directly. */
export function joinQrUrl(code: string, format: 'svg' | 'png'): string {
  return `/api/v1${unitUrl(code, `/join-qr.${format}`)}`;
}

export function listRoster(code: string, query: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(query.limit ?? 50), offset: String(query.offset ?? 0) });
  if (query.q) params.set('q', query.q);
  return apiRequest<RosterPage>(unitUrl(code, `/members?${params}`), { signal });
}

export interface MemberInput {
  member_code?: string;
  full_name: string;
  phone: string | null;
  email: string | null;
  job_title: string | null;
}

export function addMember(unitCode: string, body: MemberInput): Promise<RosterMember> {
  return apiRequest(unitUrl(unitCode, '/members'), { method: 'POST', body });
}

export function editMember(memberCode: string, body: Partial<MemberInput> & { unit_code?: string }) {
  return apiRequest<RosterMember>(`/members/${segment(memberCode)}`, { method: 'PATCH', body });
}

/** Only a member entered by mistake (no account, no initiatives); the server says why otherwise. */
export function removeMember(memberCode: string): Promise<{ removed: string }> {
  return apiRequest(`/members/${segment(memberCode)}`, { method: 'DELETE' });
}

export function importMembers(unitCode: string, file: Blob): Promise<MemberImportResult> {
  return apiRequest(unitUrl(unitCode, '/members/import'), {
    method: 'POST',
    raw: { body: file, contentType: 'text/csv' },
  });
}

export function issuePasswordReset(memberCode: string): Promise<PasswordResetIssued> {
  return apiRequest(`/members/${segment(memberCode)}/password-reset`, { method: 'POST' });
}

export function listUnitRoles(code: string, signal?: AbortSignal): Promise<{ items: UnitGrant[] }> {
  return apiRequest(unitUrl(code, '/roles'), { signal });
}

export function grantRole(
  code: string,
  body: { role: Role; login?: string; member_code?: string },
): Promise<UnitGrant> {
  return apiRequest(unitUrl(code, '/roles'), { method: 'POST', body });
}

export function revokeRole(code: string, id: number): Promise<{ revoked: number }> {
  return apiRequest(unitUrl(code, `/roles/${id}`), { method: 'DELETE' });
}

export interface AuditFilters {
  unit?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  /** One account's changes only (its id). */
  account?: string;
}

export function listAudit(filters: AuditFilters, before: number | undefined, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: '50' });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (before) params.set('before', String(before));
  return apiRequest<AuditPage>(`/audit?${params}`, { signal });
}
