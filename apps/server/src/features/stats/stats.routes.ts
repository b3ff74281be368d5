/** GET /stats/live: public, no login. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LiveStatsSchema } from '@sangkien/shared';
import { liveStats } from './live-stats.service.ts';

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/stats/live',
    {
      schema: {
        tags: ['stats'],
        summary: 'Bộ đếm trực tiếp của chương trình (công khai)',
        response: { 200: LiveStatsSchema },
      },
    },
    async () => liveStats(database.db, clock()),
  );
};
