/** POST /members/{code}/password-reset (admin), POST /auth/password-reset (member, with the code). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MeSchema, PasswordResetCompleteSchema, PasswordResetIssuedSchema } from '@sangkien/shared';
import { clientInfo } from '../../http/client-info.ts';
import { setSessionCookie } from '../sessions/session-cookie.ts';
import { completePasswordReset, issuePasswordReset } from './password-resets.service.ts';

export const passwordResetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.post(
    '/members/:code/password-reset',
    {
      schema: {
        tags: ['members'],
        summary: 'Cấp mã đặt lại mật khẩu một lần cho đoàn viên (chỉ hiện một lần, hiệu lực 24 giờ)',
        params: z.object({ code: z.string().min(1).max(64) }),
        response: { 201: PasswordResetIssuedSchema },
      },
    },
    async (request, reply) => {
      const issued = await issuePasswordReset(database, request.actor, request.params.code, clock());
      return reply.status(201).send(issued);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Đặt mật khẩu mới bằng mã quản trị viên đã cấp',
        body: PasswordResetCompleteSchema,
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const { session, me } = await completePasswordReset(database, request.body, clock(), clientInfo(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return me;
    },
  );
};
