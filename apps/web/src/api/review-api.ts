/** The reviewer's side: the queue, bulk decisions and the unit's reason templates. */
import type {
  BulkDecisionRequest,
  BulkDecisionResult,
  ReasonTemplate,
  ReviewQueueItem,
} from '@sangkien/shared/initiatives-review';
import { apiRequest } from './client.ts';
import { apiWrite } from './session-request.ts';

const segment = encodeURIComponent;

export interface QueueFilters {
  status: string;
  unit: string;
  field: string;
  phase: string;
  campaign: string;
  from: string;
  to: string;
  q: string;
  has_attachments: boolean;
  waiting_more_than_days: string;
  sort: 'submitted_at' | 'waiting' | 'unit' | 'title';
  order: 'asc' | 'desc';
}

export interface QueuePage {
  items: ReviewQueueItem[];
  total: number;
  limit: number;
  offset: number;
}

export function getReviewQueue(
  filters: QueueFilters,
  paging: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<QueuePage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === false) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  params.set('limit', String(paging.limit));
  params.set('offset', String(paging.offset));
  return apiRequest(`/reviews/queue?${params}`, { signal });
}

export function decideInBulk(body: BulkDecisionRequest): Promise<BulkDecisionResult> {
  return apiWrite('/reviews/decisions', { body });
}

export async function getReasonTemplates(unit: string, signal?: AbortSignal): Promise<ReasonTemplate[]> {
  const body = await apiRequest<{ items: ReasonTemplate[] }>(`/units/${segment(unit)}/reason-templates`, { signal });
  return body.items;
}

export function addReasonTemplate(
  unit: string,
  body: { to: ReasonTemplate['to']; text: string },
): Promise<ReasonTemplate> {
  return apiWrite(`/units/${segment(unit)}/reason-templates`, { body });
}
