/** GET /audit: the audit log of the caller's scope (admins). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '@sangkien/shared';
import { readAuditLog } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database } = app.deps;
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Nhật ký thay đổi trong phạm vi quản trị (lọc theo đơn vị, người thực hiện, đối tượng, hành động, thời gian)',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => readAuditLog(database.db, request.actor, request.query),
  );
};
