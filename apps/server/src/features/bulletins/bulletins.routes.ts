/** GET /units/{code}/bulletins: the weekly bulletins of a unit, as text and as a PNG picture. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BulletinListSchema, BulletinSchema } from '@sangkien/shared';
import { listBulletins, unitBulletin, unitBulletinImage } from './bulletins.service.ts';

const unitParams = z.object({ code: z.string().min(1).max(64) });
const bulletinParams = unitParams.extend({ snapshot: z.coerce.number().int().positive() });

export const bulletinsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/bulletins',
    {
      schema: {
        tags: ['bulletins'],
        summary: 'Bản tin thi đua hằng tuần của một đơn vị (mới nhất trước)',
        params: unitParams,
        querystring: z.object({ phase: z.string().max(64).optional() }),
        response: { 200: BulletinListSchema },
      },
    },
    async (request) => ({
      items: await listBulletins(database.db, request.actor, request.params.code, request.query.phase, clock()),
    }),
  );
  app.get(
    '/units/:code/bulletins/:snapshot',
    {
      schema: {
        tags: ['bulletins'],
        summary: 'Bản tin của một lần chốt số liệu',
        params: bulletinParams,
        response: { 200: BulletinSchema },
      },
    },
    async (request) => unitBulletin(database.db, request.actor, request.params.code, request.params.snapshot),
  );
  app.get(
    '/units/:code/bulletins/:snapshot/image.png',
    {
      schema: {
        tags: ['bulletins'],
        summary: 'Ảnh bản tin 1080×1350 (PNG) để đăng Zalo/Facebook',
        params: bulletinParams,
      },
    },
    async (request, reply) => {
      const { png, fileName } = await unitBulletinImage(
        database.db,
        request.actor,
        request.params.code,
        request.params.snapshot,
      );
      return reply
        .type('image/png')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, max-age=3600')
        .send(png);
    },
  );
};
