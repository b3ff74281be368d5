/**
 * GET /landing (the public page's data, from the cache) and GET /stats/live/stream (Server-Sent
 * Events: the same data each time it changes, heard through LISTEN/NOTIFY from any process).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LandingDataSchema } from '@sangkien/shared';
import { LandingCache } from './landing-cache.ts';
import { listenStatsChanged } from './stats-listener.ts';

const HEARTBEAT_MS = 25_000;

export const landingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;
  const cache = new LandingCache(database.db, clock, (error) =>
    app.log.error({ err: error }, 'landing refresh failed'),
  );
  const streams = new Set<ServerResponse>();
  let stopListening: (() => Promise<void>) | null = null;

  app.addHook('onReady', async () => {
    stopListening = await listenStatsChanged(database, () => cache.invalidate());
  });
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
    streams.clear();
    cache.close();
    await stopListening?.();
  });

  app.get(
    '/landing',
    {
      schema: {
        tags: ['stats'],
        summary: 'Dữ liệu trang chủ công khai: bộ đếm, xếp hạng toàn quốc, dẫn đầu tuần (từ bộ nhớ đệm)',
        response: { 200: LandingDataSchema },
      },
    },
    // Already serialised: a string is sent as is.
    async (_request, reply) => reply.type('application/json; charset=utf-8').send((await cache.current()) as never),
  );

  app.get(
    '/stats/live/stream',
    {
      schema: {
        tags: ['stats'],
        summary: 'Luồng sự kiện (Server-Sent Events) của bộ đếm trực tiếp: sự kiện "landing" mỗi khi số liệu đổi',
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const first = await cache.current();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (json: string) => res.write(`event: landing\ndata: ${json}\n\n`);
      res.write('retry: 3000\n\n');
      send(first);
      const unsubscribe = cache.subscribe(send);
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      streams.add(res);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(res);
      });
    },
  );
};
