/** The member's initiatives: open phase, fields, drafts, submit, edit, transitions, attachments. */
import type {
  Attachment,
  CreateInitiative,
  InitiativeDetail,
  InitiativeListItem,
  PatchInitiative,
  TransitionRequest,
} from '@sangkien/shared/initiatives';
import { apiRequest } from './client.ts';
import { apiWrite, uploadWithProgress } from './session-request.ts';

const segment = encodeURIComponent;

export interface PhaseWindow {
  code: string;
  name: string;
  starts_at: string;
  ends_at: string;
  ends_at_text: string;
}

export interface OpenPhase {
  open: boolean;
  phase: PhaseWindow | null;
  next: PhaseWindow | null;
  now: string;
}

export interface FieldOption {
  code: string;
  name: string;
}

export function getOpenPhase(signal?: AbortSignal): Promise<OpenPhase> {
  return apiRequest('/phases/open', { signal });
}

export async function getFields(signal?: AbortSignal): Promise<FieldOption[]> {
  const body = await apiRequest<{ items: FieldOption[] } | FieldOption[]>('/fields', { signal });
  return Array.isArray(body) ? body : body.items;
}

export function createInitiative(body: Partial<CreateInitiative>, idempotencyKey: string): Promise<InitiativeDetail> {
  return apiWrite('/initiatives', { body, idempotencyKey });
}

export function patchInitiative(code: string, body: PatchInitiative): Promise<InitiativeDetail> {
  return apiWrite(`/initiatives/${segment(code)}`, { method: 'PATCH', body });
}

export function getInitiative(code: string, signal?: AbortSignal): Promise<InitiativeDetail> {
  return apiRequest(`/initiatives/${segment(code)}`, { signal });
}

export interface InitiativeQuery {
  mine?: boolean;
  status?: string;
  q?: string;
  unit?: string;
  phase?: string;
  limit?: number;
  offset?: number;
}

export function listInitiatives(
  query: InitiativeQuery,
  signal?: AbortSignal,
): Promise<{ items: InitiativeListItem[]; total: number }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  return apiRequest(`/initiatives?${params}`, { signal });
}

export function transitionInitiative(
  code: string,
  body: TransitionRequest,
  idempotencyKey?: string,
): Promise<InitiativeDetail> {
  return apiWrite(`/initiatives/${segment(code)}/transitions`, { body, idempotencyKey });
}

export function uploadAttachment(code: string, file: Blob, name: string, onProgress: (f: number) => void) {
  const form = new FormData();
  form.append('file', file, name);
  return uploadWithProgress<Attachment>(`/initiatives/${segment(code)}/attachments`, form, onProgress);
}

export function deleteAttachment(code: string, id: number): Promise<void> {
  return apiWrite(`/initiatives/${segment(code)}/attachments/${id}`, { method: 'DELETE' });
}

export interface UnitMemberOption {
  code: string;
  full_name: string;
  job_title: string | null;
  phone: string | null;
}

/** Members of a grassroots unit, for picking co-authors (name, code or phone; diacritics ignored). */
export async function searchUnitMembers(unit: string, q: string, signal?: AbortSignal): Promise<UnitMemberOption[]> {
  const params = new URLSearchParams({ q, limit: '20' });
  const body = await apiRequest<{ items: UnitMemberOption[] }>(`/units/${segment(unit)}/members?${params}`, { signal });
  return body.items;
}
