/** GET /units/{code}, /units/{code}/children (rankings: features/rankings). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UnitDetailSchema, UnitListSchema } from '@sangkien/shared';
import { getUnitDetail, listUnitChildren } from './units.service.ts';

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
};
