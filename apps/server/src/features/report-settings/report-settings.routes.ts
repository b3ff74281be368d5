/** GET/PUT /units/{code}/report-settings: how the unit's documents are headed and signed. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ReportSettingsSchema, ReportSettingsUpdateSchema } from '@sangkien/shared';
import { canAdminister } from '../access/access.policy.ts';
import { requireUnitPermission, requireVisibleUnit } from '../access/access.service.ts';
import { getReportSettings, updateReportSettings } from './report-settings.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });

export const reportSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code/report-settings',
    {
      schema: {
        tags: ['reports'],
        summary: 'Thông tin đầu và chữ ký văn bản của đơn vị',
        params,
        response: { 200: ReportSettingsSchema },
      },
    },
    async (request) => {
      await requireVisibleUnit(database.db, request.actor, request.params.code);
      return getReportSettings(database.db, request.params.code);
    },
  );

  app.put(
    '/units/:code/report-settings',
    {
      schema: {
        tags: ['reports'],
        summary: 'Sửa thông tin đầu và chữ ký văn bản (null: trở về mặc định)',
        params,
        body: ReportSettingsUpdateSchema,
        response: { 200: ReportSettingsSchema },
      },
    },
    async (request) => {
      await requireUnitPermission(
        database.db,
        request.actor,
        request.params.code,
        canAdminister,
        'sửa thông tin ký báo cáo',
      );
      return updateReportSettings(database.db, request.params.code, request.body, clock());
    },
  );
};
