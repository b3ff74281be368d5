/** GET /notifications, POST /notifications/read: the caller's own in-app notifications. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MarkNotificationsReadResultSchema,
  MarkNotificationsReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
} from '@sangkien/shared';
import { listNotifications, markNotificationsRead } from './notifications.service.ts';

const tags = ['notifications'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.deps;

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước) và số chưa đọc',
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListSchema },
      },
    },
    async (request) => listNotifications(database.db, request.actor, request.query),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc: theo danh sách ids hoặc tất cả (all: true)',
        body: MarkNotificationsReadSchema,
        response: { 200: MarkNotificationsReadResultSchema },
      },
    },
    async (request) => markNotificationsRead(database.db, request.actor, request.body, clock()),
  );
};
