/** GET /reports/{unit}/{phase}: the report's data, or its XLSX. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PhaseReportSchema } from '@sangkien/shared';
import { reportWorkbookBuffer } from './report-xlsx.ts';
import { readPhaseReport } from './reports.service.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/reports/:unit/:phase',
    {
      schema: {
        tags: ['reports'],
        summary: 'Báo cáo kết quả giai đoạn của một đơn vị',
        params: z.object({ unit: z.string().min(1), phase: z.string().min(1) }),
        querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
        response: { 200: PhaseReportSchema.or(z.any()) },
      },
    },
    async (request, reply) => {
      const report = await readPhaseReport(
        database.db,
        request.actor,
        request.params.unit,
        request.params.phase,
        clock(),
      );
      if (request.query.format === 'xlsx') {
        const file = `bao-cao-${report.unit.code}-${report.phase.code}.xlsx`;
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${file}"`)
          .send(await reportWorkbookBuffer(report));
      }
      return report;
    },
  );
};
