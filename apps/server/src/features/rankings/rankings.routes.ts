/** GET /units/{code}/ranking and /units/{code}/rank-history. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RankHistorySchema, RankingQuerySchema, UnitRankingSchema } from '@sangkien/shared';
import { unitRankHistory } from '../snapshots/snapshots.service.ts';
import { unitRanking } from './rankings.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const rankingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code/ranking',
    {
      schema: {
        tags: ['rankings'],
        summary: 'Xếp hạng các đơn vị trực thuộc (hoặc của một cụm thi đua), theo giai đoạn hoặc đợt thi đua',
        params,
        querystring: RankingQuerySchema,
        response: { 200: UnitRankingSchema },
      },
    },
    async (request) => unitRanking(database.db, request.actor, request.params.code, request.query, clock()),
  );

  app.get(
    '/units/:code/rank-history',
    {
      schema: {
        tags: ['rankings'],
        summary: 'Thứ hạng của đơn vị qua các tuần (ảnh chụp hằng tuần)',
        params,
        querystring: z.object({ phase: z.string().min(1).max(64).optional() }),
        response: { 200: RankHistorySchema },
      },
    },
    async (request) => unitRankHistory(database.db, request.actor, request.params.code, request.query.phase, clock()),
  );
};
