/** The caller's address (through TRUST_PROXY's forwarded headers) and browser, for sessions and audit. */
import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from '../features/accounts/accounts.service.ts';

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}
