/** Finding a grassroots unit by the join code printed for its members. */
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { findUnitById, findUnitByJoinCode, type UnitRecord } from '../units/units.repository.ts';

/** Spaces and dashes are typed between groups; letters in any case. */
export const cleanJoinCode = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

export const badJoinCode = (code: string, field = 'join_code') =>
  new AppError('rule_broken', 'Mã tham gia không đúng.', {
    [field]: `Không có công đoàn cơ sở nào có mã tham gia "${code}". Hãy kiểm tra lại mã in trên giấy hoặc quét mã QR của công đoàn cơ sở.`,
  });

/** The open grassroots unit a join code leads to; a merged unit's code leads to its successor. */
export async function unitForJoinCode(db: DbOrTx, text: string, now: Date): Promise<UnitRecord> {
  const code = cleanJoinCode(text);
  let unit = code === '' ? undefined : await findUnitByJoinCode(db, code);
  for (let hops = 0; unit && unit.validTo && unit.validTo <= now && hops < 10; hops++) {
    unit = unit.successorId ? await findUnitById(db, unit.successorId) : undefined;
  }
  if (!unit || unit.kind !== 'grassroots' || (unit.validTo && unit.validTo <= now)) throw badJoinCode(text.trim());
  return unit;
}

export async function describeJoinCode(db: DbOrTx, text: string, now: Date) {
  const unit = await unitForJoinCode(db, text, now);
  const parent = unit.parentId ? await findUnitById(db, unit.parentId) : undefined;
  return {
    join_code: cleanJoinCode(text),
    unit: { code: unit.code, name: unit.name, parent_name: parent?.name ?? null },
  };
}
