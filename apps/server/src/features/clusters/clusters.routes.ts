/** GET/POST /units/{code}/clusters: emulation clusters a unit organises. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ClusterListSchema, SaveClusterSchema } from '@sangkien/shared';
import { listClusters, saveCluster } from './clusters.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const clustersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/clusters',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Các cụm thi đua do đơn vị tổ chức',
        params,
        response: { 200: ClusterListSchema },
      },
    },
    async (request) => listClusters(database.db, request.actor, request.params.code),
  );
  app.post(
    '/units/:code/clusters',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Tạo hoặc sửa một cụm thi đua và các đơn vị thành viên (trong phạm vi đơn vị)',
        params,
        body: SaveClusterSchema,
        response: { 200: ClusterListSchema },
      },
    },
    async (request) => saveCluster(database, request.actor, request.params.code, request.body, clock()),
  );
};
