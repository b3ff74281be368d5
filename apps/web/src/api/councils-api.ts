/** Councils, nominations and awards (signed in): reads, and writes with the session's CSRF token. */
import type { z } from 'zod';
import type {
  Award,
  Council,
  CouncilReview,
  Nomination,
  AwardListSchema,
  CouncilListSchema,
  CouncilReviewListSchema,
  NominationListSchema,
} from '@sangkien/shared/schemas/councils';
import { ApiError, toApiError } from './api-error.ts';

let csrf: Promise<string | null> | undefined;

/** The session's CSRF token, from /me once per page load. */
function csrfToken(): Promise<string | null> {
  csrf ??= fetch('/api/v1/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<{ csrf_token: string | null }>) : { csrf_token: null }))
    .then((me) => me.csrf_token)
    .catch(() => null);
  return csrf;
}

async function send<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

const unit = (code: string) => `/units/${encodeURIComponent(code)}`;

export const councilsApi = {
  list: (code: string) => send<z.infer<typeof CouncilListSchema>>('GET', `${unit(code)}/councils`),
  create: (code: string, body: unknown) => send<Council>('POST', `${unit(code)}/councils`, body),
  get: (id: number) => send<Council>('GET', `/councils/${id}`),
  reviews: (id: number) => send<z.infer<typeof CouncilReviewListSchema>>('GET', `/councils/${id}/reviews`),
  openReview: (id: number, initiativeCode: string) =>
    send<CouncilReview>('POST', `/councils/${id}/reviews`, { initiative_code: initiativeCode }),
  score: (id: number, review: number, body: { points: Record<string, number>; recognise: boolean; comment?: string }) =>
    send<CouncilReview>('PUT', `/councils/${id}/reviews/${review}/score`, body),
  close: (id: number, review: number, decisionNumber: string) =>
    send<CouncilReview>(
      'POST',
      `/councils/${id}/reviews/${review}/close`,
      decisionNumber ? { decision_number: decisionNumber } : {},
    ),
  documentUrl: (id: number, review: number, document: 'minutes' | 'certificate') =>
    `/api/v1/councils/${id}/reviews/${review}/${document}.docx`,
  nominations: (code: string) => send<z.infer<typeof NominationListSchema>>('GET', `${unit(code)}/nominations`),
  nominate: (code: string, initiativeCode: string) =>
    send<Nomination>('POST', `${unit(code)}/nominations`, { initiative_code: initiativeCode }),
  decide: (id: number, status: 'selected' | 'not_selected') =>
    send<Nomination>('POST', `/nominations/${id}/decision`, { status }),
  awards: (code: string) => send<z.infer<typeof AwardListSchema>>('GET', `${unit(code)}/awards`),
  award: (code: string, body: unknown) => send<Award>('POST', `${unit(code)}/awards`, body),
};
