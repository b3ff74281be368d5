/** Errors with a stable code and a Vietnamese message; the error handler turns them into JSON. */
import type { ErrorCode } from '@sangkien/shared';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rule_broken: 422,
  window_closed: 422,
  too_many_requests: 429,
  database_locked: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `Không tìm thấy ${what}.`);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError('validation_failed', message, fields);
