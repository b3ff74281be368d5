/** GET/POST /units/{code}/roles, DELETE /units/{code}/roles/{id}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GrantRoleRequestSchema, UnitGrantListSchema, UnitGrantSchema } from '@sangkien/shared';
import { grantRole, listUnitRoles, revokeRole } from './roles.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const rolesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code/roles',
    {
      schema: {
        tags: ['roles'],
        summary: 'Các vai trò được giao ở đơn vị (có hiệu lực cho cả các đơn vị cấp dưới)',
        params,
        response: { 200: UnitGrantListSchema },
      },
    },
    async (request) => listUnitRoles(database.db, request.actor, request.params.code),
  );

  app.post(
    '/units/:code/roles',
    {
      schema: {
        tags: ['roles'],
        summary: 'Giao vai trò ở đơn vị cho một tài khoản (quản trị đơn vị này hoặc cấp trên)',
        params,
        body: GrantRoleRequestSchema,
        response: { 201: UnitGrantSchema },
      },
    },
    async (request, reply) => {
      const grant = await grantRole(database, request.actor, request.params.code, request.body, clock());
      return reply.status(201).send(grant);
    },
  );

  app.delete(
    '/units/:code/roles/:id',
    {
      schema: {
        tags: ['roles'],
        summary: 'Thu hồi một vai trò ở đơn vị',
        params: params.extend({ id: z.coerce.number().int().positive() }),
        response: { 200: z.object({ revoked: z.number().int() }) },
      },
    },
    async (request) => revokeRole(database, request.actor, request.params.code, request.params.id, clock()),
  );
};
