/** GET /units/{code}, /units/{code}/children, /units/{code}/ranking. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RANKING_BY, RankingSchema, UnitDetailSchema, UnitListSchema } from '@sangkien/shared';
import { getUnitDetail, listUnitChildren, rankUnitChildren } from './units.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code',
    { schema: { tags: ['units'], summary: 'Một đơn vị', params, response: { 200: UnitDetailSchema } } },
    async (request) => getUnitDetail(database.db, request.actor, request.params.code, clock()),
  );

  app.get(
    '/units/:code/children',
    { schema: { tags: ['units'], summary: 'Các đơn vị trực thuộc', params, response: { 200: UnitListSchema } } },
    async (request) => listUnitChildren(database.db, request.actor, request.params.code, clock()),
  );

  app.get(
    '/units/:code/ranking',
    {
      schema: {
        tags: ['rankings'],
        summary: 'Xếp hạng các đơn vị trực thuộc',
        params,
        querystring: z.object({
          phase: z.string().min(1).optional(),
          by: z.enum(RANKING_BY).default('submissions'),
        }),
        response: { 200: RankingSchema },
      },
    },
    async (request) =>
      rankUnitChildren(database.db, request.actor, request.params.code, request.query.phase, request.query.by, clock()),
  );
};
