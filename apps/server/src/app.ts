/** buildApp(deps) → the Fastify instance; main.ts listens with it, tests inject into it. */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { useVietnameseValidationMessages } from '@sangkien/shared';
import type { AppDeps } from './http/deps.ts';
import { registerAuth } from './http/auth.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { authRoutes } from './features/accounts/auth.routes.ts';
import { tokensRoutes } from './features/tokens/tokens.routes.ts';
import { registrationRoutes } from './features/registration/registration.routes.ts';
import { commendationsRoutes } from './features/commendations/commendations.routes.ts';
import { reportSettingsRoutes } from './features/report-settings/report-settings.routes.ts';
import { rolesRoutes } from './features/roles/roles.routes.ts';
import { membersRoutes } from './features/members/members.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { oidcRoutes } from './features/oidc/oidc.routes.ts';
import { passwordResetsRoutes } from './features/password-resets/password-resets.routes.ts';
import { reportsRoutes } from './features/reports/reports.routes.ts';
import { statsRoutes } from './features/stats/stats.routes.ts';
import { unitsRoutes } from './features/units/units.routes.ts';
import { unitAdminRoutes } from './features/units/unit-admin.routes.ts';
import { rankingsRoutes } from './features/rankings/rankings.routes.ts';
import { dashboardsRoutes } from './features/dashboards/dashboards.routes.ts';
import { bulletinsRoutes } from './features/bulletins/bulletins.routes.ts';
import { landingRoutes } from './features/landing/landing.routes.ts';
import { quotasRoutes } from './features/quotas/quotas.routes.ts';
import { programmesRoutes } from './features/programmes/programmes.routes.ts';
import { clustersRoutes } from './features/clusters/clusters.routes.ts';
import { councilsRoutes } from './features/councils/councils.routes.ts';
import { nominationsRoutes } from './features/nominations/nominations.routes.ts';
import { awardsRoutes } from './features/awards/awards.routes.ts';
import { showcasePageRoutes, showcaseRoutes } from './features/showcase/showcase.routes.ts';
import { initiativesRoutes } from './features/initiatives/initiatives.routes.ts';
import { notificationsRoutes } from './features/notifications/notifications.routes.ts';
import { reviewsRoutes } from './features/reviews/reviews.routes.ts';
import { attachmentsRoutes } from './features/attachments/attachments.routes.ts';

/** Largest CSV upload: ~200,000 roster rows. */
const CSV_BODY_LIMIT = 20 * 1024 * 1024;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  useVietnameseValidationMessages();
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    trustProxy: deps.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Sáng Kiến API',
        version: '1',
        description: 'API của nền tảng Sáng Kiến. Lỗi: {"error": {"code", "message", "fields"}}.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyCookie);
  registerAuth(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'"] },
    },
    hsts: deps.config.trustProxy,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(
    async (api) => {
      // CSV uploads (members.csv, quotas.csv) arrive as raw bytes; a province's roster can be large.
      api.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) =>
        done(null, body),
      );
      await api.register(authRoutes);
      await api.register(tokensRoutes);
      await api.register(registrationRoutes);
      await api.register(rolesRoutes);
      await api.register(membersRoutes);
      await api.register(auditRoutes);
      await api.register(oidcRoutes);
      await api.register(passwordResetsRoutes);
      await api.register(unitsRoutes);
      await api.register(unitAdminRoutes);
      await api.register(reportsRoutes);
      await api.register(reportSettingsRoutes);
      await api.register(commendationsRoutes);
      await api.register(statsRoutes);
      await api.register(rankingsRoutes);
      await api.register(dashboardsRoutes);
      await api.register(bulletinsRoutes);
      await api.register(landingRoutes);
      await api.register(quotasRoutes);
      await api.register(programmesRoutes);
      await api.register(clustersRoutes);
      await api.register(councilsRoutes);
      await api.register(nominationsRoutes);
      await api.register(awardsRoutes);
      await api.register(showcaseRoutes);
      await api.register(initiativesRoutes);
      await api.register(notificationsRoutes);
      await api.register(reviewsRoutes);
      await api.register(attachmentsRoutes);
    },
    { prefix: '/api/v1' },
  );
  await app.register(showcasePageRoutes);
  await registerWeb(app, deps.config.webDist);
  return app;
}

/** The built web app, with every non-API path answered by index.html (client-side routes). */
async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  const assets = path.join(webDist, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    maxAge: '1h',
    // The web build writes .br/.gz beside each asset: no compression work per request.
    preCompressed: true,
    // Files under assets/ carry a content hash in their name, so they never change.
    setHeaders: (reply, file) => {
      if (file.startsWith(assets)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(fs.createReadStream(index));
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0]!;
    if (url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: `Không có địa chỉ GET ${url}.` } });
    }
    const file = path.join(webDist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(webDist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const immutable = url.startsWith('/assets/');
      return reply.sendFile(path.relative(webDist, file), { maxAge: immutable ? '365d' : '1h', immutable });
    }
    return sendIndex(reply);
  });
}
