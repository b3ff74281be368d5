/** GET/POST /units/{code}/awards: giấy khen, bằng khen granted by a unit and the units below it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AwardListSchema, AwardSchema, CreateAwardRequestSchema } from '@sangkien/shared';
import { createAward, listAwards } from './awards.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const awardsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/awards',
    {
      schema: {
        tags: ['councils'],
        summary: 'Khen thưởng (giấy khen, bằng khen) của đơn vị và các đơn vị cấp dưới',
        params,
        querystring: z.object({ phase: z.string().min(1).max(64).optional() }),
        response: { 200: AwardListSchema },
      },
    },
    async (request) => listAwards(database.db, request.actor, request.params.code, request.query.phase, clock()),
  );
  app.post(
    '/units/:code/awards',
    {
      schema: {
        tags: ['councils'],
        summary: 'Ghi khen thưởng cho sáng kiến, đoàn viên hoặc tập thể thuộc đơn vị (quản trị đơn vị)',
        params,
        body: CreateAwardRequestSchema,
        response: { 201: AwardSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAward(database, request.actor, request.params.code, request.body, clock())),
  );
};
