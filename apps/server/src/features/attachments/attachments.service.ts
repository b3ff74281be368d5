/**
 * Attachments of an initiative: photos (downscaled to at most 1600 px), PDF and office files,
 * type checked by content; served only to those who may see the initiative (404 otherwise).
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Attachment } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { forbidden } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { presentAttachment } from '../initiatives/initiatives.presenter.ts';
import { actorKinds } from '../initiatives/initiatives.policy.ts';
import { abilitiesOf, placeOf, requireVisibleInitiative } from '../initiatives/initiatives.service.ts';
import type { AttachmentStorage } from './attachment-storage.ts';
import { countAttachments, deleteAttachment, findAttachment, insertAttachment } from './attachments.repository.ts';
import { checkFile, IMAGE_KINDS, MIME_TYPES, type FileKind } from './file-types.rules.ts';

export const MAX_ATTACHMENTS = 20;
const MAX_IMAGE_SIDE = 1600;

/** Large photos from phones become at most 1600 px on the long side, turned upright. */
async function prepareBytes(kind: FileKind, bytes: Buffer): Promise<Buffer> {
  if (!IMAGE_KINDS.includes(kind)) return bytes;
  try {
    const image = sharp(bytes, { failOn: 'error' }).rotate();
    const meta = await image.metadata();
    if ((meta.width ?? 0) <= MAX_IMAGE_SIDE && (meta.height ?? 0) <= MAX_IMAGE_SIDE && !meta.orientation) return bytes;
    const resized = image.resize({
      width: MAX_IMAGE_SIDE,
      height: MAX_IMAGE_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    });
    if (kind === 'png') return await resized.png().toBuffer();
    if (kind === 'webp') return await resized.webp({ quality: 85 }).toBuffer();
    return await resized.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  } catch {
    throw badRequest('Ảnh bị hỏng hoặc không đọc được; hãy chụp hoặc chọn lại ảnh.', {
      file: 'Tệp: Ảnh không đọc được.',
    });
  }
}

function requireEditable(actor: Actor, record: Parameters<typeof abilitiesOf>[1], what: string): void {
  const can = abilitiesOf(actor, record);
  if (can.attach) return;
  if (!actorKinds(actor, placeOf(record)).has('submitter')) throw forbidden(what);
  throw new AppError(
    'rule_broken',
    'Chỉ thêm hoặc xóa tệp khi sáng kiến còn là bản nháp hoặc đang được yêu cầu bổ sung (và bạn là tác giả hoặc người nộp hộ).',
  );
}

export async function addAttachment(
  database: Database,
  storage: AttachmentStorage,
  actor: Actor | null,
  code: string,
  file: { fileName: string; bytes: Buffer },
  now: Date,
): Promise<Attachment> {
  const { actor: who, record } = await requireVisibleInitiative(database.db, actor, code);
  requireEditable(who, record, 'thêm tệp cho sáng kiến này');
  const check = checkFile(file.fileName, file.bytes);
  if (!check.ok) throw badRequest(check.message, { file: `Tệp: ${check.message}` });
  const bytes = await prepareBytes(check.kind, file.bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!(await storage.exists(sha256))) await storage.put(sha256, bytes);
  return database.db.transaction(async (tx) => {
    if ((await countAttachments(tx, record.row.id)) >= MAX_ATTACHMENTS) {
      throw new AppError('rule_broken', `Mỗi sáng kiến có tối đa ${MAX_ATTACHMENTS} tệp đính kèm.`);
    }
    const row = await insertAttachment(tx, {
      initiativeId: record.row.id,
      sha256,
      fileName: file.fileName.normalize('NFC').slice(0, 200),
      mimeType: MIME_TYPES[check.kind],
      sizeBytes: bytes.length,
      createdByAccountId: who.accountId,
      createdAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'attach',
      entity: 'initiative',
      entityKey: record.row.code,
      unitId: record.row.unitId,
      after: { attachment_id: row.id, file_name: row.fileName, sha256, size_bytes: row.sizeBytes },
    });
    return presentAttachment(record.row.code, row);
  });
}

export async function readAttachment(
  db: DbOrTx,
  storage: AttachmentStorage,
  actor: Actor | null,
  code: string,
  id: number,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const { record } = await requireVisibleInitiative(db, actor, code);
  const row = await findAttachment(db, record.row.id, id);
  const bytes = row ? await storage.get(row.sha256) : null;
  if (!row || !bytes) throw notFound(`tệp đính kèm số ${id}`);
  return { fileName: row.fileName, mimeType: row.mimeType, bytes };
}

export async function removeAttachment(
  database: Database,
  actor: Actor | null,
  code: string,
  id: number,
  now: Date,
): Promise<void> {
  await database.db.transaction(async (tx) => {
    const { actor: who, record } = await requireVisibleInitiative(tx, actor, code, { lock: true });
    const row = await findAttachment(tx, record.row.id, id);
    if (!row) throw notFound(`tệp đính kèm số ${id}`);
    requireEditable(who, record, 'xóa tệp của sáng kiến này');
    await deleteAttachment(tx, id);
    await recordAudit(tx, {
      at: now,
      accountId: who.accountId,
      action: 'detach',
      entity: 'initiative',
      entityKey: record.row.code,
      unitId: record.row.unitId,
      before: { attachment_id: id, file_name: row.fileName, sha256: row.sha256 },
    });
  });
}
