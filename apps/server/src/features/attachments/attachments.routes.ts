/** POST/GET/DELETE /initiatives/{code}/attachments[/{id}] (multipart upload, field `file`). */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentSchema } from '@sangkien/shared';
import { badRequest } from '../../http/errors.ts';
import { diskStorage } from './attachment-storage.ts';
import { addAttachment, readAttachment, removeAttachment } from './attachments.service.ts';

const params = z.object({ code: z.string().min(1).max(64) });
const itemParams = params.extend({ id: z.coerce.number().int().min(1) });
const tags = ['attachments'];

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}`.replace('.', ',');

export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config } = app.deps;
  const storage = diskStorage(config.dataDir);
  await app.register(fastifyMultipart, { limits: { fileSize: config.attachmentMaxBytes, files: 1, fields: 5 } });

  app.post(
    '/initiatives/:code/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm một tệp (multipart, trường file): ảnh, PDF, Word, Excel, PowerPoint',
        description: `Kiểm tra loại tệp theo nội dung; ảnh được thu nhỏ còn tối đa 1600 px. Tối đa ${megabytes(config.attachmentMaxBytes)} MB.`,
        params,
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentSchema },
      },
    },
    async (request, reply) => {
      const tooBig = () =>
        badRequest(`Tệp lớn quá: tối đa ${megabytes(config.attachmentMaxBytes)} MB.`, {
          file: `Tệp: Lớn quá, tối đa ${megabytes(config.attachmentMaxBytes)} MB.`,
        });
      if (!request.isMultipart())
        throw badRequest('Hãy gửi tệp dạng multipart/form-data, trường "file".', { file: 'Tệp: Chưa chọn tệp.' });
      const part = await request.file();
      if (!part) throw badRequest('Chưa chọn tệp.', { file: 'Tệp: Chưa chọn tệp.' });
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooBig();
        throw error;
      }
      if (part.file.truncated) throw tooBig();
      const created = await addAttachment(
        database,
        storage,
        request.actor,
        request.params.code,
        { fileName: part.filename || 'tep', bytes },
        clock(),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/initiatives/:code/attachments/:id',
    { schema: { tags, summary: 'Tải một tệp đính kèm (chỉ người được xem sáng kiến)', params: itemParams } },
    async (request, reply) => {
      const file = await readAttachment(database.db, storage, request.actor, request.params.code, request.params.id);
      return reply
        .header('content-type', file.mimeType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );

  app.delete(
    '/initiatives/:code/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Xóa tệp đính kèm (tác giả, khi còn nháp hoặc đang yêu cầu bổ sung)',
        params: itemParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeAttachment(database, request.actor, request.params.code, request.params.id, clock());
      return reply.status(204).send(null);
    },
  );
};
