/** GET/PUT /units/{code}/quotas (allocation to children) and POST /units/{code}/quotas/import. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AllocationSchema, QuotaImportResultSchema, SaveAllocationSchema } from '@sangkien/shared';
import { importQuotas } from './quotas-import.service.ts';
import { getAllocation, saveAllocation } from './quotas.service.ts';

const tags = ['quotas'];
const params = z.object({ code: z.string().min(1).max(64) });

export const quotasRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code/quotas',
    {
      schema: {
        tags,
        summary: 'Chỉ tiêu của các đơn vị trực thuộc trong một giai đoạn, kèm kết quả giai đoạn trước và số đoàn viên',
        params,
        querystring: z.object({ phase: z.string().min(1).max(64).optional() }),
        response: { 200: AllocationSchema },
      },
    },
    async (request) => getAllocation(database.db, request.actor, request.params.code, request.query.phase, clock()),
  );

  app.put(
    '/units/:code/quotas',
    {
      schema: {
        tags,
        summary: 'Lưu chỉ tiêu các đơn vị trực thuộc (chỉ cảnh báo khi tổng thấp hơn chỉ tiêu của đơn vị)',
        params,
        body: SaveAllocationSchema,
        response: { 200: AllocationSchema },
      },
    },
    async (request) => saveAllocation(database, request.actor, request.params.code, request.body, clock()),
  );

  app.post(
    '/units/:code/quotas/import',
    {
      schema: {
        tags,
        summary: 'Nhập quotas.csv (Content-Type: text/csv) cho các đơn vị cấp dưới: nhập hết hoặc không nhập gì',
        description: 'Lỗi 422: error.fields có dạng {"quotas.csv:3: quota": "lý do"}.',
        params,
        response: { 200: QuotaImportResultSchema },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from(String(request.body ?? ''));
      return importQuotas(database, request.actor, request.params.code, body, clock());
    },
  );
};
