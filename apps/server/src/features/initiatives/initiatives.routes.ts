/**
 * Initiatives for members and support teams: POST/GET /initiatives, GET/PATCH /initiatives/{code},
 * POST /initiatives/{code}/transitions, GET /phases/open.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInitiativeSchema,
  InitiativeDetailSchema,
  InitiativeListQuerySchema,
  InitiativeListSchema,
  OpenPhaseSchema,
  PatchInitiativeSchema,
  TransitionRequestSchema,
} from '@sangkien/shared';
import { getInitiative } from './initiatives.service.ts';
import { listInitiatives, openPhase } from './initiatives-list.service.ts';
import { transitionInitiative } from './transitions.service.ts';
import { createInitiative, editInitiative } from './write-initiative.service.ts';

const codeParams = z.object({ code: z.string().min(1).max(64) });
const tags = ['initiatives'];

export const initiativesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/phases/open',
    {
      schema: {
        tags,
        summary: 'Giai đoạn đang nhận sáng kiến, với thời điểm đóng chính xác (giờ Việt Nam)',
        response: { 200: OpenPhaseSchema },
      },
    },
    async () => openPhase(database.db, clock()),
  );

  app.post(
    '/initiatives',
    {
      schema: {
        tags,
        summary: 'Tạo sáng kiến (submit: false lưu nháp; true nộp luôn); tổ hỗ trợ nộp hộ bằng author_codes',
        description:
          'Header Idempotency-Key: gửi lại cùng khóa trả về đúng kết quả lần đầu, không tạo thêm sáng kiến. ' +
          'Ngoài thời gian mở của giai đoạn: 422 window_closed, thông báo nêu thời điểm đóng.',
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
        body: CreateInitiativeSchema,
        response: { 201: InitiativeDetailSchema },
      },
    },
    async (request, reply) => {
      const answer = await createInitiative(
        database,
        request.actor,
        request.body,
        request.headers['idempotency-key'],
        clock(),
      );
      if (answer.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(answer.status as 201).send(answer.body);
    },
  );

  app.get(
    '/initiatives',
    {
      schema: {
        tags,
        summary: 'Sáng kiến người gọi được xem (mine=1: của tôi, kể cả nháp); q không phân biệt dấu, hoa thường',
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativeListSchema },
      },
    },
    async (request) => listInitiatives(database.db, request.actor, request.query, clock()),
  );

  app.get(
    '/initiatives/:code',
    {
      schema: {
        tags,
        summary: 'Một sáng kiến: nội dung, tác giả, tệp đính kèm, lịch sử, gợi ý trùng lặp',
        params: codeParams,
        response: { 200: InitiativeDetailSchema },
      },
    },
    async (request) => getInitiative(database.db, request.actor, request.params.code),
  );

  app.patch(
    '/initiatives/:code',
    {
      schema: {
        tags,
        summary: 'Lưu nội dung (tự động lưu) khi còn nháp hoặc đang yêu cầu bổ sung',
        description: 'Gửi version đã đọc: nếu đã có người sửa trước, trả 409 thay vì ghi đè.',
        params: codeParams,
        body: PatchInitiativeSchema,
        response: { 200: InitiativeDetailSchema },
      },
    },
    async (request) => editInitiative(database, request.actor, request.params.code, request.body, clock()),
  );

  app.post(
    '/initiatives/:code/transitions',
    {
      schema: {
        tags,
        summary: 'Chuyển trạng thái: nộp, nhận xét, hợp lệ, không hợp lệ, yêu cầu bổ sung, rút',
        description: 'Lý do bắt buộc với invalid và needs_revision; field_comments: góp ý theo từng mục.',
        params: codeParams,
        body: TransitionRequestSchema,
        response: { 200: InitiativeDetailSchema },
      },
    },
    async (request) => transitionInitiative(database, request.actor, request.params.code, request.body, clock()),
  );
};
