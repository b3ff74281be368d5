/** Programme administration: programmes, phases, campaigns, the list of fields. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateFieldSchema,
  CreateProgrammeSchema,
  CreateWindowSchema,
  FieldListSchema,
  ProgrammeListSchema,
  ProgrammeSchema,
  UpdateProgrammeSchema,
} from '@sangkien/shared';
import {
  addCampaign,
  addField,
  addPhase,
  changeProgramme,
  createProgramme,
  listAllFields,
  listAllProgrammes,
} from './programmes-admin.service.ts';

const tags = ['programmes'];
const params = z.object({ code: z.string().min(1).max(64) });

export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  app.get(
    '/programmes',
    {
      schema: {
        tags,
        summary: 'Các chương trình, giai đoạn và đợt thi đua (công khai)',
        response: { 200: ProgrammeListSchema },
      },
    },
    async () => listAllProgrammes(database.db),
  );
  app.post(
    '/programmes',
    {
      schema: {
        tags,
        summary: 'Tạo chương trình (quản trị của đơn vị tổ chức)',
        body: CreateProgrammeSchema,
        response: { 201: ProgrammeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramme(database, request.actor, request.body, clock())),
  );
  app.patch(
    '/programmes/:code',
    {
      schema: {
        tags,
        summary: 'Sửa tên, mục tiêu của chương trình',
        params,
        body: UpdateProgrammeSchema,
        response: { 200: ProgrammeSchema },
      },
    },
    async (request) => changeProgramme(database, request.actor, request.params.code, request.body, clock()),
  );
  app.post(
    '/programmes/:code/phases',
    {
      schema: {
        tags,
        summary: 'Thêm giai đoạn (giờ Việt Nam; ngày kết thúc không có giờ = hết ngày đó)',
        params,
        body: CreateWindowSchema,
        response: { 201: ProgrammeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPhase(database, request.actor, request.params.code, request.body, clock())),
  );
  app.post(
    '/phases/:code/campaigns',
    {
      schema: {
        tags,
        summary: 'Thêm đợt thi đua trong một giai đoạn',
        params,
        body: CreateWindowSchema,
        response: { 201: ProgrammeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCampaign(database, request.actor, request.params.code, request.body, clock())),
  );
  app.get(
    '/fields',
    { schema: { tags, summary: 'Danh sách lĩnh vực', response: { 200: FieldListSchema } } },
    async () => listAllFields(database.db),
  );
  app.post(
    '/fields',
    {
      schema: {
        tags,
        summary: 'Thêm lĩnh vực (quản trị toàn quốc)',
        body: CreateFieldSchema,
        response: { 201: FieldListSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addField(database, request.actor, request.body, clock())),
  );
};
