/** GET/POST /me/tokens, DELETE /me/tokens/{id}: the caller's own API tokens. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiTokenCreatedSchema, ApiTokenSchema } from '@sangkien/shared';
import { requireActor } from '../access/access.service.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './tokens.service.ts';

export const tokensRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/me/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Các khóa API của tôi',
        response: { 200: z.object({ items: z.array(ApiTokenSchema) }) },
      },
    },
    async (request) => listApiTokens(database.db, requireActor(request.actor)),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Tạo khóa API (chỉ hiện một lần)',
        body: z.object({ name: z.string().trim().min(1).max(100) }),
        response: { 201: ApiTokenCreatedSchema },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(database, requireActor(request.actor), request.body.name, clock());
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Thu hồi một khóa API',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: ApiTokenSchema },
      },
    },
    async (request) => revokeApiToken(database, requireActor(request.actor), request.params.id, clock()),
  );
};
