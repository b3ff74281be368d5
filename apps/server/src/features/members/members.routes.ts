/** The roster: GET/POST /units/{code}/members, POST /units/{code}/members/import, GET/PATCH/DELETE /members/{code}. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateMemberSchema,
  MemberImportResultSchema,
  RosterMemberSchema,
  RosterPageSchema,
  RosterQuerySchema,
  UpdateMemberSchema,
} from '@sangkien/shared';
import { importRoster } from './members-import.service.ts';
import { addMember, editMember, getRosterMember, listRoster } from './members.service.ts';
import { removeMember } from './remove-member.service.ts';

const unitParams = z.object({ code: z.string().min(1).max(64) });
const tags = ['members'];

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/units/:code/members',
    {
      schema: {
        tags,
        summary: 'Đoàn viên của đơn vị và các đơn vị cấp dưới (tìm theo tên, mã, số điện thoại)',
        params: unitParams,
        querystring: RosterQuerySchema,
        response: { 200: RosterPageSchema },
      },
    },
    async (request) => listRoster(database.db, request.actor, request.params.code, request.query),
  );

  app.post(
    '/units/:code/members',
    {
      schema: {
        tags,
        summary: 'Thêm đoàn viên vào công đoàn cơ sở',
        params: unitParams,
        body: CreateMemberSchema,
        response: { 201: RosterMemberSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addMember(database, request.actor, request.params.code, request.body, clock())),
  );

  app.post(
    '/units/:code/members/import',
    {
      schema: {
        tags,
        summary: 'Nhập members.csv (Content-Type: text/csv) cho đơn vị và cấp dưới: nhập hết hoặc không nhập gì',
        description: 'Lỗi 422: error.fields có dạng {"members.csv:3: unit_code": "lý do"}.',
        params: unitParams,
        response: { 200: MemberImportResultSchema },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.from(String(request.body ?? ''));
      return importRoster(database, request.actor, request.params.code, body, clock());
    },
  );

  app.get(
    '/members/:code',
    { schema: { tags, summary: 'Một đoàn viên', params: unitParams, response: { 200: RosterMemberSchema } } },
    async (request) => getRosterMember(database.db, request.actor, request.params.code),
  );

  app.patch(
    '/members/:code',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin đoàn viên (hoặc chuyển sang công đoàn cơ sở khác)',
        params: unitParams,
        body: UpdateMemberSchema,
        response: { 200: RosterMemberSchema },
      },
    },
    async (request) => editMember(database, request.actor, request.params.code, request.body, clock()),
  );

  app.delete(
    '/members/:code',
    {
      schema: {
        tags,
        summary: 'Xóa đoàn viên nhập nhầm (chưa có tài khoản, chưa có sáng kiến)',
        params: unitParams,
        response: { 200: z.object({ removed: z.string() }) },
      },
    },
    async (request) => removeMember(database, request.actor, request.params.code, clock()),
  );
};
