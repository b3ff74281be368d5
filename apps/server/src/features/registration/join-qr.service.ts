/** The join QR of a grassroots unit, for its admins to print. */
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { joinQrPng, joinQrSvg, registrationUrl } from './join-qr.ts';

export async function joinQrFile(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  format: 'svg' | 'png',
  publicUrl: string,
): Promise<{ filename: string; contentType: string; body: string | Buffer }> {
  const { unit } = await requireUnitPermission(db, actor, code, canAdminister, 'in mã QR của đơn vị này');
  if (unit.kind !== 'grassroots' || !unit.joinCode) {
    throw new AppError('rule_broken', 'Chỉ công đoàn cơ sở mới có mã tham gia và mã QR đăng ký.');
  }
  const url = registrationUrl(publicUrl, unit.joinCode);
  const filename = `ma-tham-gia-${unit.code}.${format}`;
  if (format === 'svg') return { filename, contentType: 'image/svg+xml', body: await joinQrSvg(url) };
  return { filename, contentType: 'image/png', body: await joinQrPng(url) };
}
