/** GET /units/{code}/commendations: who to praise, by criteria, as JSON, XLSX or DOCX. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMENDATION_CRITERIA, CommendationCriteriaParam, CommendationsSchema } from '@sangkien/shared';
import { requireVisibleUnit } from '../access/access.service.ts';
import { renderCommendationsFile } from './commendations-files.service.ts';
import { buildCommendations, DEFAULT_COMMENDATION_LIMIT } from './commendations.service.ts';

export const commendationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/units/:code/commendations',
    {
      schema: {
        tags: ['reports'],
        summary: 'Danh sách đề nghị biểu dương tập thể, cá nhân theo tiêu chí',
        description: `criteria: danh sách cách nhau bởi dấu phẩy trong ${COMMENDATION_CRITERIA.join(', ')} (mặc định: tất cả).`,
        params: z.object({ code: z.string().min(1).max(64) }),
        querystring: z.object({
          phase: z.string().min(1).optional(),
          criteria: CommendationCriteriaParam.default([...COMMENDATION_CRITERIA]),
          limit: z.coerce.number().int().min(1).max(500).default(DEFAULT_COMMENDATION_LIMIT),
          format: z.enum(['json', 'xlsx', 'docx']).default('json'),
        }),
        response: { 200: CommendationsSchema.or(z.any()) },
      },
    },
    async (request, reply) => {
      await requireVisibleUnit(database.db, request.actor, request.params.code);
      const { phase, criteria, limit, format } = request.query;
      const commendationsRequest = { unitCode: request.params.code, phaseCode: phase, criteria, limit, now: clock() };
      if (format === 'json') return buildCommendations(database.db, commendationsRequest);
      const file = await renderCommendationsFile(database.db, commendationsRequest, format);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
