/** Review: GET /reviews/queue, POST /reviews/decisions, reason templates per unit. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkDecisionRequestSchema,
  BulkDecisionResultSchema,
  CreateReasonTemplateSchema,
  ReasonTemplateListSchema,
  ReasonTemplateSchema,
  ReviewQueuePageSchema,
  ReviewQueueQuerySchema,
} from '@sangkien/shared';
import { addReasonTemplate, listReasonTemplates, removeReasonTemplate } from './reason-templates.service.ts';
import { decideMany, reviewQueue } from './reviews.service.ts';

const unitParams = z.object({ code: z.string().min(1).max(64) });
const tags = ['reviews'];

export const reviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/reviews/queue',
    {
      schema: {
        tags,
        summary: 'Hàng chờ xét duyệt trong các đơn vị người gọi có vai trò xét duyệt: lọc, sắp xếp, phân trang',
        querystring: ReviewQueueQuerySchema,
        response: { 200: ReviewQueuePageSchema },
      },
    },
    async (request) => reviewQueue(database.db, request.actor, request.query, clock()),
  );

  app.post(
    '/reviews/decisions',
    {
      schema: {
        tags,
        summary: 'Quyết định hàng loạt (tối đa 1.000 sáng kiến) trong một giao dịch, kết quả từng sáng kiến',
        description:
          'Sáng kiến người gọi được quyết định thì đều được chuyển; sáng kiến không được (không thấy, sai trạng thái) giữ nguyên và có lý do trong results.',
        body: BulkDecisionRequestSchema,
        response: { 200: BulkDecisionResultSchema },
      },
    },
    async (request) => decideMany(database, request.actor, request.body, clock()),
  );

  app.get(
    '/units/:code/reason-templates',
    {
      schema: {
        tags,
        summary: 'Lý do mẫu của đơn vị, gồm cả lý do kế thừa từ cấp trên',
        params: unitParams,
        response: { 200: ReasonTemplateListSchema },
      },
    },
    async (request) => listReasonTemplates(database.db, request.actor, request.params.code),
  );

  app.post(
    '/units/:code/reason-templates',
    {
      schema: {
        tags,
        summary: 'Thêm lý do mẫu cho đơn vị (quản trị hoặc xét duyệt của đơn vị)',
        params: unitParams,
        body: CreateReasonTemplateSchema,
        response: { 201: ReasonTemplateSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addReasonTemplate(database, request.actor, request.params.code, request.body, clock())),
  );

  app.delete(
    '/units/:code/reason-templates/:id',
    {
      schema: {
        tags,
        summary: 'Xóa một lý do mẫu của đơn vị',
        params: unitParams.extend({ id: z.coerce.number().int().min(1) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeReasonTemplate(database, request.actor, request.params.code, request.params.id, clock());
      return reply.status(204).send(null);
    },
  );
};
