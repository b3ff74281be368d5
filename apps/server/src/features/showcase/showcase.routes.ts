/** The public showcase API (no login, cached) and the shareable page with its preview card. */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ShowcaseDetailSchema, ShowcaseListSchema } from '@sangkien/shared';
import { LEVEL_LABELS } from '../councils/councils.rules.ts';
import { renderPreviewPng } from './showcase-image.ts';
import { showcasePageHtml } from './showcase-page.ts';
import {
  getShowcaseItem,
  listShowcase,
  previewImagePath,
  requireShowcaseItem,
  showcasePath,
} from './showcase.service.ts';

const code = z.object({ code: z.string().min(1).max(64) });
const tags = ['showcase'];

export const showcaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get(
    '/showcase',
    {
      schema: {
        tags,
        summary:
          'Sáng kiến tiêu biểu công khai (không cần đăng nhập): tìm không dấu, lọc theo lĩnh vực, tỉnh, giá trị làm lợi',
        querystring: z.object({
          q: z.string().max(200).optional(),
          field: z.string().min(1).max(64).optional(),
          province: z.string().min(1).max(64).optional(),
          benefit_min: z.coerce.number().int().min(0).optional(),
          page: z.coerce.number().int().min(1).max(1000).default(1),
          page_size: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: ShowcaseListSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return listShowcase(db, request.query);
    },
  );

  app.get(
    '/showcase/:code',
    {
      schema: {
        tags,
        summary: 'Một sáng kiến tiêu biểu công khai',
        params: code,
        response: { 200: ShowcaseDetailSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return getShowcaseItem(db, request.params.code);
    },
  );

  app.get(
    '/showcase/:code/preview.png',
    {
      schema: {
        tags,
        summary: 'Ảnh xem trước 1200×630 khi chia sẻ (Zalo, Facebook)',
        params: code,
        response: { 200: z.any() },
      },
    },
    async (request, reply) => {
      const row = await requireShowcaseItem(db, request.params.code);
      const png = await renderPreviewPng({
        title: row.title,
        place: [row.unit_name, row.province_name].filter(Boolean).join(', '),
        badge: row.outstanding_level
          ? `Sáng kiến tiêu biểu ${LEVEL_LABELS[row.outstanding_level]}`
          : row.recognised
            ? 'Sáng kiến được công nhận'
            : null,
        authors: (row.authors ?? []).join(', '),
      });
      return reply.type('image/png').header('cache-control', 'public, max-age=3600').send(png);
    },
  );
};

/** GET /sang-kien-tieu-bieu/{code}: the web app with the initiative's Open Graph tags. */
export const showcasePageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const indexFile = path.join(config.webDist, 'index.html');
  app.get('/sang-kien-tieu-bieu/:code', { schema: { hide: true, params: code } }, async (request, reply) => {
    const row = await requireShowcaseItem(database.db, request.params.code);
    const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : null;
    const html = showcasePageHtml(index, row, {
      page: `${config.publicUrl}${showcasePath(row.code)}`,
      image: `${config.publicUrl}${previewImagePath(row.code)}`,
    });
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(html);
  });
};
