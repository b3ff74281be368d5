/** GET /reports/{unit}/{phase}: the report's data, or its XLSX/DOCX; `as_of` for the past. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PhaseReportSchema } from '@sangkien/shared';
import { requireVisibleUnit } from '../access/access.service.ts';
import { renderReportFile } from './report-files.service.ts';
import { readPhaseReport } from './reports.service.ts';
import { reportMomentParam } from './report-moment.ts';

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/reports/:unit/:phase',
    {
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo kết quả giai đoạn của một đơn vị (JSON, XLSX hoặc DOCX)',
        params: z.object({ unit: z.string().min(1), phase: z.string().min(1) }),
        querystring: z.object({
          format: z.enum(['json', 'xlsx', 'docx']).default('json'),
          as_of: reportMomentParam.optional(),
        }),
        response: { 200: PhaseReportSchema.or(z.any()) },
      },
    },
    async (request, reply) => {
      const { unit, phase } = request.params;
      const options = { now: clock(), asOf: request.query.as_of };
      if (request.query.format === 'json') return readPhaseReport(database.db, request.actor, unit, phase, options);
      await requireVisibleUnit(database.db, request.actor, unit);
      const file = await renderReportFile(database.db, unit, phase, request.query.format, options);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
