/**
 * Requests that need the signed-in session: the CSRF token (from `me`) on every write, an
 * optional Idempotency-Key, and uploads with progress. A missing session is an ApiError 401.
 */
import type { Me } from '@sangkien/shared/schemas/accounts';
import { ApiError, toApiError } from './api-error.ts';
import { apiRequest, type RequestOptions } from './client.ts';

let csrfToken: Promise<string | null> | null = null;

/** The current account (401 when signed out); remembers its CSRF token for writes. */
export function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = apiRequest<Me>('/me', { signal });
  csrfToken = me.then(
    (value) => value.csrf_token,
    () => null,
  );
  return me;
}

function currentCsrfToken(): Promise<string | null> {
  csrfToken ??= fetchMe().then(
    (me) => me.csrf_token,
    () => null,
  );
  return csrfToken;
}

/** Forget the token (after a sign-in elsewhere the next write fetches the new one). */
export function forgetSession(): void {
  csrfToken = null;
}

export interface WriteOptions extends RequestOptions {
  idempotencyKey?: string;
}

async function send(path: string, options: WriteOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['x-csrf-token'] = token;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  try {
    return await fetch(`/api/v1${path}`, {
      method: options.method ?? 'POST',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
}

/** A state-changing request; a stale CSRF token (new session) is fetched again once. */
export async function apiWrite<T>(path: string, options: WriteOptions = {}): Promise<T> {
  let response = await send(path, options, await currentCsrfToken());
  if (response.status === 403 || response.status === 401) {
    const error = await toApiError(response.clone());
    if (error.code === 'csrf_failed' || error.code === 'unauthenticated') {
      forgetSession();
      const token = await currentCsrfToken();
      if (token) response = await send(path, options, token);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A new random key for one form's create or submit. */
export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** multipart/form-data POST with upload progress (fetch cannot report it). */
export async function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  const token = await currentCsrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'upload failed'));
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'content-type': 'application/json' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
      } else void toApiError(response).then(reject);
    };
    xhr.send(form);
  });
}
