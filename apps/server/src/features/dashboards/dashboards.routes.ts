/** GET /units/{code}/dashboard. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DashboardQuerySchema, DashboardSchema } from '@sangkien/shared';
import { unitDashboard } from './dashboards.service.ts';

export const dashboardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/dashboard',
    {
      schema: {
        tags: ['dashboards'],
        summary: 'Bảng theo dõi của một đơn vị: số liệu, xếp hạng đơn vị trực thuộc, biểu đồ theo ngày, tồn đọng',
        params: z.object({ code: z.string().min(1).max(64) }),
        querystring: DashboardQuerySchema,
        response: { 200: DashboardSchema },
      },
    },
    async (request) => unitDashboard(database.db, request.actor, request.params.code, request.query, clock()),
  );
};
