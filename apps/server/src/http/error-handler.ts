/** Every error becomes `{"error": {code, message, fields}}`; 5xx never leak internals. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody, ErrorCode } from '@sangkien/shared';
import { DataDirLockedError } from '../db/lock.ts';
import { AppError } from './errors.ts';

function body(code: ErrorCode, message: string, fields?: Record<string, string>): ApiErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

const FASTIFY_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'bad_request',
  415: 'bad_request',
  429: 'too_many_requests',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.status(error.status).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const path = String(issue.instancePath ?? '')
          .replace(/^\//, '')
          .replace(/\//g, '.');
        const key = path || (issue.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('.') || '_';
        fields[key] ??= issue.message ?? 'Không hợp lệ.';
      }
      return reply
        .status(400)
        .send(body('validation_failed', 'Dữ liệu gửi lên chưa hợp lệ, hãy xem từng mục.', fields));
    }
    if (error instanceof DataDirLockedError) {
      return reply.status(503).send(body('database_locked', error.message));
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      if (status === 429)
        return reply.status(429).send(body('too_many_requests', 'Quá nhiều yêu cầu, hãy thử lại sau ít phút.'));
      if (status === 413) return reply.status(413).send(body('bad_request', 'Tệp hoặc dữ liệu gửi lên quá lớn.'));
      return reply.status(status).send(body(FASTIFY_CODES[status] ?? 'bad_request', 'Yêu cầu không hợp lệ.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send(body('internal', 'Hệ thống gặp lỗi, hãy thử lại. Nếu vẫn lỗi, báo cho quản trị viên.'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not_found', `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`));
  });
}
