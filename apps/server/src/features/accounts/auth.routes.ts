/** POST /auth/login, /auth/logout, /auth/logout-all, /auth/password; GET /me, /auth/session. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LoginRequestSchema,
  LoginResponseSchema,
  MeSchema,
  PasswordChangeSchema,
  SessionStateSchema,
} from '@sangkien/shared';
import { clientInfo } from '../../http/client-info.ts';
import { requireActor } from '../access/access.service.ts';
import { clearSessionCookie, setSessionCookie } from '../sessions/session-cookie.ts';
import { endSession } from '../sessions/sessions.service.ts';
import { findSession } from '../sessions/sessions.repository.ts';
import { changeOwnPassword, describeMe, logIn, logOutEverywhere } from './accounts.service.ts';

const Ended = z.object({ ended_sessions: z.number().int() });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.post(
    '/auth/login',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập bằng số điện thoại hoặc e-mail và mật khẩu',
        body: LoginRequestSchema,
        response: { 200: LoginResponseSchema },
      },
    },
    async (request, reply) => {
      const { session, me } = await logIn(database, request.body, clock(), clientInfo(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return me;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Đăng xuất khỏi thiết bị này', response: { 200: Ended } } },
    async (request, reply) => {
      const actor = request.actor;
      if (actor?.sessionId) await endSession(database.db, actor.sessionId);
      clearSessionCookie(request, reply);
      return { ended_sessions: actor?.sessionId ? 1 : 0 };
    },
  );

  app.post(
    '/auth/logout-all',
    { schema: { tags: ['auth'], summary: 'Đăng xuất khỏi mọi thiết bị', response: { 200: Ended } } },
    async (request, reply) => {
      const result = await logOutEverywhere(database, requireActor(request.actor), clock(), clientInfo(request));
      clearSessionCookie(request, reply);
      return result;
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu của chính mình (các phiên khác bị đăng xuất)',
        body: PasswordChangeSchema,
        response: { 200: Ended },
      },
    },
    async (request) =>
      changeOwnPassword(database, requireActor(request.actor), request.body, clock(), clientInfo(request)),
  );

  app.get(
    '/me',
    {
      schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập, vai trò và mã CSRF', response: { 200: MeSchema } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const session = actor.sessionId ? await findSession(database.db, actor.sessionId) : undefined;
      return describeMe(database.db, actor, session ?? null);
    },
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ai đang đăng nhập (me là null với khách), không trả lỗi 401 như /me',
        response: { 200: SessionStateSchema },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) return { me: null };
      const session = actor.sessionId ? await findSession(database.db, actor.sessionId) : undefined;
      return { me: await describeMe(database.db, actor, session ?? null) };
    },
  );
};
