/** Single sign-on: providers, start, callback, the pending registration and its completion. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OidcCompleteSchema,
  OidcPendingSchema,
  OidcProviderListSchema,
  RegisterResponseSchema,
} from '@sangkien/shared';
import { clientInfo } from '../../http/client-info.ts';
import { setSessionCookie } from '../sessions/session-cookie.ts';
import { completePendingSignOn, describePending } from './oidc-registration.service.ts';
import { finishSignOn, listProviders, startSignOn } from './oidc.service.ts';

const tags = ['auth'];
const providerParams = z.object({ provider: z.string().min(1).max(32) });

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config } = app.deps;

  app.get(
    '/auth/oidc/providers',
    {
      schema: {
        tags,
        summary: 'Các cách đăng nhập bằng tài khoản liên kết',
        response: { 200: OidcProviderListSchema },
      },
    },
    async () => listProviders(config),
  );

  app.get(
    '/auth/oidc/:provider/start',
    {
      schema: {
        tags,
        summary: 'Bắt đầu đăng nhập qua nhà cung cấp (chuyển hướng)',
        params: providerParams,
        querystring: z.object({ return_to: z.string().max(500).optional() }),
      },
    },
    async (request, reply) =>
      reply.redirect(
        await startSignOn(database, config, request.params.provider, request.query.return_to, clock()),
        302,
      ),
  );

  app.get(
    '/auth/oidc/:provider/callback',
    {
      schema: {
        tags,
        summary: 'Nhà cung cấp gọi lại: đăng nhập, hoặc chuyển sang bước nhập mã tham gia',
        params: providerParams,
        querystring: z.record(z.string(), z.string()),
      },
    },
    async (request, reply) => {
      try {
        const outcome = await finishSignOn(
          database,
          config,
          request.params.provider,
          request.query,
          clock(),
          clientInfo(request),
        );
        if (outcome.kind === 'pending') {
          return reply.redirect(`${config.publicUrl}/dang-ky?oidc=${encodeURIComponent(outcome.token)}`, 302);
        }
        setSessionCookie(request, reply, outcome.session.token, outcome.session.expiresAt);
        return reply.redirect(`${config.publicUrl}${outcome.returnTo ?? '/'}`, 302);
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on failed');
        return reply.redirect(`${config.publicUrl}/dang-nhap?loi=lien-ket`, 302);
      }
    },
  );

  app.get(
    '/auth/oidc/pending/:token',
    {
      schema: {
        tags,
        summary: 'Thông tin đã xác minh của lần đăng nhập đầu tiên đang chờ mã tham gia',
        params: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: OidcPendingSchema },
      },
    },
    async (request) => describePending(database, config, request.params.token, clock()),
  );

  app.post(
    '/auth/oidc/complete',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Hoàn tất lần đăng nhập đầu tiên bằng mã tham gia của công đoàn cơ sở',
        body: OidcCompleteSchema,
        response: { 201: RegisterResponseSchema },
      },
    },
    async (request, reply) => {
      const { session, body } = await completePendingSignOn(database, request.body, clock(), clientInfo(request));
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return reply.status(201).send(body);
    },
  );
};
