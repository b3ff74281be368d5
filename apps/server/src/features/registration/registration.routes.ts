/** POST /auth/register, GET /join/{join_code}, GET /units/{code}/join-qr.svg|.png. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JoinUnitSchema, RegisterRequestSchema, RegisterResponseSchema } from '@sangkien/shared';
import { clientInfo } from '../../http/client-info.ts';
import { setSessionCookie } from '../sessions/session-cookie.ts';
import { describeJoinCode } from './join-codes.service.ts';
import { joinQrFile } from './join-qr.service.ts';
import { registerWithJoinCode } from './registration.service.ts';

export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config } = app.deps;

  app.post(
    '/auth/register',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Đoàn viên tự đăng ký bằng mã tham gia của công đoàn cơ sở',
        body: RegisterRequestSchema,
        response: { 201: RegisterResponseSchema },
      },
    },
    async (request, reply) => {
      const { session, body } = await registerWithJoinCode(database, request.body, clock(), clientInfo(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/join/:join_code',
    {
      schema: {
        tags: ['auth'],
        summary: 'Công đoàn cơ sở của một mã tham gia (trang đăng ký hiển thị tên)',
        params: z.object({ join_code: z.string().min(1).max(40) }),
        response: { 200: JoinUnitSchema },
      },
    },
    async (request) => describeJoinCode(database.db, request.params.join_code, clock()),
  );

  for (const format of ['svg', 'png'] as const) {
    app.get(
      `/units/:code/join-qr.${format}`,
      {
        schema: {
          tags: ['units'],
          summary: `Mã QR đăng ký của công đoàn cơ sở (${format.toUpperCase()})`,
          params: z.object({ code: z.string().min(1).max(64) }),
        },
      },
      async (request, reply) => {
        const file = await joinQrFile(database.db, request.actor, request.params.code, format, config.publicUrl);
        return reply
          .type(file.contentType)
          .header('content-disposition', `inline; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  }
};
