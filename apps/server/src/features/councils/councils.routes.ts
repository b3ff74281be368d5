/** Councils on a unit, the initiatives put before them, scoring sheets and the decision. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CloseReviewRequestSchema,
  CouncilListSchema,
  CouncilReviewListSchema,
  CouncilReviewSchema,
  CouncilSchema,
  CreateCouncilRequestSchema,
  OpenReviewRequestSchema,
  SubmitScoreRequestSchema,
} from '@sangkien/shared';
import { closeCouncilReview, listCouncilReviews, openReview, submitScore } from './council-reviews.service.ts';
import { renderReviewDocument } from './council-documents.service.ts';
import { createCouncil, getCouncil, listCouncils } from './councils.service.ts';

const unitParams = z.object({ code: z.string().min(1).max(64) });
const councilParams = z.object({ id: z.coerce.number().int().positive() });
const reviewParams = councilParams.extend({ review: z.coerce.number().int().positive() });
const tags = ['councils'];

export const councilsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  const db = database.db;

  app.get(
    '/units/:code/councils',
    {
      schema: {
        tags,
        summary: 'Các hội đồng sáng kiến của đơn vị (quản trị, thành viên hội đồng)',
        params: unitParams,
        response: { 200: CouncilListSchema },
      },
    },
    async (request) => listCouncils(db, request.actor, request.params.code),
  );

  app.post(
    '/units/:code/councils',
    {
      schema: {
        tags,
        summary: 'Lập hội đồng sáng kiến ở đơn vị (quản trị đơn vị)',
        params: unitParams,
        body: CreateCouncilRequestSchema,
        response: { 201: CouncilSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCouncil(database, request.actor, request.params.code, request.body, clock())),
  );

  app.get(
    '/councils/:id',
    { schema: { tags, summary: 'Một hội đồng sáng kiến', params: councilParams, response: { 200: CouncilSchema } } },
    async (request) => getCouncil(db, request.actor, request.params.id),
  );

  app.get(
    '/councils/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Sáng kiến đưa ra hội đồng xét: tiến độ chấm, quyết định, hạn 3 tháng',
        params: councilParams,
        response: { 200: CouncilReviewListSchema },
      },
    },
    async (request) => listCouncilReviews(db, request.actor, request.params.id, clock()),
  );

  app.post(
    '/councils/:id/reviews',
    {
      schema: {
        tags,
        summary: 'Đưa một sáng kiến hợp lệ ra hội đồng xét (quản trị, chủ tịch, phó chủ tịch, thư ký)',
        params: councilParams,
        body: OpenReviewRequestSchema,
        response: { 201: CouncilReviewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await openReview(database, request.actor, request.params.id, request.body.initiative_code, clock())),
  );

  app.put(
    '/councils/:id/reviews/:review/score',
    {
      schema: {
        tags,
        summary: 'Phiếu chấm của thành viên hội đồng (chấm độc lập; xem phiếu người khác khi kết thúc)',
        params: reviewParams,
        body: SubmitScoreRequestSchema,
        response: { 200: CouncilReviewSchema },
      },
    },
    async (request) =>
      submitScore(
        database,
        request.actor,
        { councilId: request.params.id, reviewId: request.params.review },
        request.body,
        clock(),
      ),
  );

  app.post(
    '/councils/:id/reviews/:review/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc phiên xét: công nhận khi ít nhất 2/3 thành viên (không kể người phải tránh) đồng ý',
        params: reviewParams,
        body: CloseReviewRequestSchema,
        response: { 200: CouncilReviewSchema },
      },
    },
    async (request) =>
      closeCouncilReview(
        database,
        request.actor,
        { councilId: request.params.id, reviewId: request.params.review },
        request.body,
        clock(),
      ),
  );

  app.get(
    '/councils/:id/reviews/:review/:document',
    {
      schema: {
        tags,
        summary: 'Biên bản họp xét sáng kiến (minutes.docx) hoặc giấy chứng nhận sáng kiến (certificate.docx)',
        params: reviewParams.extend({ document: z.enum(['minutes.docx', 'certificate.docx']) }),
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const { review, id, document } = request.params;
      const file = await renderReviewDocument(
        db,
        request.actor,
        { councilId: id, reviewId: review },
        document === 'minutes.docx' ? 'minutes' : 'certificate',
        clock(),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );
};
