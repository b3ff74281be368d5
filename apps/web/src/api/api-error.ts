/** An error answer of the API (`{"error": {code, message, fields}}`), or a failure to reach it. */
import type { ErrorCode } from '@sangkien/shared/errors';

export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A retry cannot change the answer (unknown unit, bad input, not allowed). */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 429;
  }
}

function isErrorBody(body: unknown): body is { error: { code: ErrorCode; message: string; fields?: unknown } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function stringFields(fields: unknown): Record<string, string> {
  if (typeof fields !== 'object' || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, stringFields(body.error.fields));
  }
  const code: ErrorCode =
    response.status === 404 ? 'not_found' : response.status === 429 ? 'too_many_requests' : 'internal';
  return new ApiError(response.status, code, `HTTP ${response.status}`);
}
