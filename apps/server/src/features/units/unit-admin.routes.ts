/** The tree browser's search and the unit lifecycle: create, rename, move, merge, close, history. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CloseUnitSchema,
  CreateUnitSchema,
  MergeUnitSchema,
  MoveUnitSchema,
  RenameUnitSchema,
  UnitDetailSchema,
  UnitHistorySchema,
  UnitSearchQuerySchema,
  UnitSearchResultSchema,
} from '@sangkien/shared';
import { searchUnitTree, unitHistory } from './unit-browser.service.ts';
import { closeUnit, createUnit, mergeUnit, moveUnit, renameUnit, renewJoinCode } from './unit-lifecycle.service.ts';
import { getUnitDetail } from './units.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });
const tags = ['units'];

export const unitAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  const detail = (request: { actor: Parameters<typeof getUnitDetail>[1] }, code: string) =>
    getUnitDetail(database.db, request.actor, code, clock());

  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị theo tên hoặc mã (không phân biệt dấu), trong phạm vi của mình',
        querystring: UnitSearchQuerySchema,
        response: { 200: UnitSearchResultSchema },
      },
    },
    async (request) => searchUnitTree(database.db, request.actor, request.query, clock()),
  );

  app.post(
    '/units',
    {
      schema: {
        tags,
        summary: 'Thêm đơn vị trực thuộc (quản trị đơn vị cấp trên)',
        body: CreateUnitSchema,
        response: { 201: UnitDetailSchema },
      },
    },
    async (request, reply) => {
      const unit = await createUnit(database, request.actor, request.body, clock());
      return reply.status(201).send(await detail(request, unit.code));
    },
  );

  app.patch(
    '/units/:code',
    {
      schema: { tags, summary: 'Đổi tên đơn vị', params, body: RenameUnitSchema, response: { 200: UnitDetailSchema } },
    },
    async (request) => {
      await renameUnit(database, request.actor, request.params.code, request.body, clock());
      return detail(request, request.params.code);
    },
  );

  app.post(
    '/units/:code/move',
    {
      schema: {
        tags,
        summary: 'Chuyển đơn vị (cùng các đơn vị cấp dưới) sang đơn vị cấp trên khác',
        params,
        body: MoveUnitSchema,
        response: { 200: UnitDetailSchema },
      },
    },
    async (request) => {
      await moveUnit(database, request.actor, request.params.code, request.body, clock());
      return detail(request, request.params.code);
    },
  );

  app.post(
    '/units/:code/merge',
    {
      schema: {
        tags,
        summary: 'Sáp nhập đơn vị vào đơn vị kế thừa (đơn vị trực thuộc và đoàn viên chuyển theo)',
        params,
        body: MergeUnitSchema,
        response: { 200: UnitDetailSchema },
      },
    },
    async (request) => {
      await mergeUnit(database, request.actor, request.params.code, request.body, clock());
      return detail(request, request.params.code);
    },
  );

  app.post(
    '/units/:code/close',
    {
      schema: {
        tags,
        summary: 'Đóng đơn vị từ một ngày',
        params,
        body: CloseUnitSchema,
        response: { 200: UnitDetailSchema },
      },
    },
    async (request) => {
      await closeUnit(database, request.actor, request.params.code, request.body, clock());
      return detail(request, request.params.code);
    },
  );

  app.post(
    '/units/:code/join-code',
    {
      schema: {
        tags,
        summary: 'Cấp mã tham gia mới cho công đoàn cơ sở (mã cũ hết hiệu lực)',
        params,
        response: { 200: z.object({ join_code: z.string() }) },
      },
    },
    async (request) => renewJoinCode(database, request.actor, request.params.code, clock()),
  );

  app.get(
    '/units/:code/history',
    { schema: { tags, summary: 'Lịch sử tên và cấp trên của đơn vị', params, response: { 200: UnitHistorySchema } } },
    async (request) => unitHistory(database.db, request.actor, request.params.code),
  );
};
