/**
 * Who is calling: the `sk_session` cookie or an `Authorization: Bearer` API token becomes
 * `request.actor` (null for anonymous callers). A state-changing request authenticated by the
 * cookie must carry `X-CSRF-Token` equal to its session's token; bearer requests need none.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../features/access/access.policy.ts';
import { loadActor } from '../features/access/access.service.ts';
import { sameSecret } from '../features/sessions/secrets.ts';
import { SESSION_COOKIE } from '../features/sessions/session-cookie.ts';
import { resumeSession } from '../features/sessions/sessions.service.ts';
import { accountOfToken } from '../features/tokens/tokens.service.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** False for sign-in and registration: they start a session rather than use one. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfFailed = () =>
  new AppError('csrf_failed', 'Yêu cầu thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang rồi thử lại.');

const badToken = () =>
  new AppError('unauthenticated', 'Khóa API không đúng hoặc đã bị thu hồi.', undefined, {
    'www-authenticate': 'Bearer',
  });

async function resolveActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor | null> {
  const { database, clock } = app.deps;
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const accountId = await accountOfToken(database.db, authorization.slice(7).trim(), clock());
    const actor = accountId === undefined ? null : await loadActor(database.db, accountId, 'token', null);
    if (!actor) throw badToken();
    return actor;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await resumeSession(database.db, token, clock());
  if (!session) return null;
  const actor = await loadActor(database.db, session.accountId, 'session', {
    id: session.id,
    csrfToken: session.csrfToken,
  });
  if (actor && !SAFE_METHODS.has(request.method) && request.routeOptions.config.csrf !== false) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) throw csrfFailed();
  }
  return actor;
}

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.actor = await resolveActor(app, request);
  });
}
