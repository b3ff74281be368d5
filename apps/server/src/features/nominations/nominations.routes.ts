/** Nominations of recognised initiatives to the level above, and the selection there. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DecideNominationRequestSchema,
  NominateRequestSchema,
  NominationListSchema,
  NominationSchema,
} from '@sangkien/shared';
import { decide, listUnitNominations, nominate } from './nominations.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const nominationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/nominations',
    {
      schema: {
        tags: ['councils'],
        summary: 'Đề cử sáng kiến tiêu biểu: đơn vị nhận được và đã gửi lên (quản trị, hội đồng)',
        params,
        response: { 200: NominationListSchema },
      },
    },
    async (request) => listUnitNominations(database.db, request.actor, request.params.code),
  );
  app.post(
    '/units/:code/nominations',
    {
      schema: {
        tags: ['councils'],
        summary: 'Đề cử một sáng kiến đã được công nhận lên đơn vị cấp trên (quản trị đơn vị)',
        params,
        body: NominateRequestSchema,
        response: { 201: NominationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await nominate(database, request.actor, request.params.code, request.body, clock())),
  );
  app.post(
    '/nominations/:id/decision',
    {
      schema: {
        tags: ['councils'],
        summary: 'Chọn (hoặc không chọn) sáng kiến được đề cử là tiêu biểu (quản trị đơn vị nhận)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: DecideNominationRequestSchema,
        response: { 200: NominationSchema },
      },
    },
    async (request) => decide(database, request.actor, request.params.id, request.body.status, clock()),
  );
};
