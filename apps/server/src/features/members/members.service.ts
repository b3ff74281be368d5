/** The roster: admins keep it, support teams read it; both only within their subtree. */
import { foldVietnamese, normaliseText, normaliseVietnamesePhone } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { canAdminister, canReadRoster, hasAnyRole, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor, requireUnitPermission } from '../access/access.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { PHONE_HINT } from '../registration/registration.service.ts';
import { findUnitByCode, type UnitRecord } from '../units/units.repository.ts';
import { newMemberCode } from './member-codes.ts';
import { presentRosterMember } from './members.presenter.ts';
import {
  findMemberByCode,
  findMemberUnit,
  findRosterRow,
  insertMember,
  searchRoster,
  updateMember,
  type MemberRecord,
} from './members.repository.ts';

function optionalPhone(text: string | null | undefined): string | null | undefined {
  if (text === undefined || text === null || text.trim() === '') return text === undefined ? undefined : null;
  const phone = normaliseVietnamesePhone(text);
  if (!phone) throw badRequest('Số điện thoại chưa đúng.', { phone: PHONE_HINT });
  return phone;
}

const optionalText = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null || text.trim() === '' ? null : normaliseText(text);

export async function listRoster(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
  query: { q?: string | undefined; limit: number; offset: number },
) {
  const { unit } = await requireUnitPermission(db, actor, code, canReadRoster, 'xem danh sách đoàn viên');
  const q = query.q?.trim() || null;
  const { rows, total } = await searchRoster(
    db,
    unit.id,
    { folded: q ? foldVietnamese(q) : null, phone: q ? normaliseVietnamesePhone(q) : null, code: q },
    query,
  );
  return { items: rows.map(presentRosterMember), total };
}

/** The member and its unit, if the actor has any role over that unit (else 404). */
export async function requireMember(
  db: DbOrTx,
  actor: Actor | null,
  code: string,
): Promise<{ member: MemberRecord; unit: UnitRecord }> {
  const who = requireActor(actor);
  const member = await findMemberByCode(db, code);
  const unit = member ? await findMemberUnit(db, member.id) : undefined;
  if (!member || !unit || !hasAnyRole(who, unit.path)) throw notFound(`đoàn viên "${code}"`);
  return { member, unit };
}

export async function getRosterMember(db: DbOrTx, actor: Actor | null, code: string) {
  const { unit } = await requireMember(db, actor, code);
  if (!canReadRoster(actor, unit)) throw forbidden('xem thông tin đoàn viên này');
  return presentRosterMember((await findRosterRow(db, code))!);
}

function requireGrassroots(unit: UnitRecord, field: string): void {
  if (unit.kind !== 'grassroots' || unit.validTo) {
    throw new AppError('rule_broken', 'Đoàn viên chỉ thuộc một công đoàn cơ sở đang hoạt động.', {
      [field]: `"${unit.code}" không phải công đoàn cơ sở đang hoạt động.`,
    });
  }
}

export const snapshot = (m: MemberRecord, unitCode: string) => ({
  code: m.code,
  full_name: m.fullName,
  phone: m.phone,
  email: m.email,
  job_title: m.jobTitle,
  unit_code: unitCode,
});

export async function addMember(
  database: Database,
  actor: Actor | null,
  unitCode: string,
  input: {
    member_code?: string | undefined;
    full_name: string;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    job_title?: string | null | undefined;
  },
  now: Date,
) {
  const phone = optionalPhone(input.phone) ?? null;
  const fullName = normaliseText(input.full_name);
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await requireUnitPermission(
      tx,
      actor,
      unitCode,
      canAdminister,
      'thêm đoàn viên vào đơn vị này',
    );
    requireGrassroots(unit, 'unit_code');
    const member = await insertMember(tx, {
      code: input.member_code?.trim() || newMemberCode(),
      fullName,
      nameFolded: foldVietnamese(fullName),
      unitId: unit.id,
      phone,
      email: input.email?.toLowerCase() ?? null,
      jobTitle: optionalText(input.job_title) ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!member) {
      throw new AppError('conflict', 'Mã đoàn viên đã được dùng.', {
        member_code: `Đã có đoàn viên mang mã "${input.member_code}".`,
      });
    }
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'create',
      entity: 'member',
      entityKey: member.code,
      unitId: unit.id,
      after: snapshot(member, unit.code),
    });
    return presentRosterMember((await findRosterRow(tx, member.code))!);
  });
}

export async function editMember(
  database: Database,
  actor: Actor | null,
  code: string,
  input: {
    full_name?: string | undefined;
    phone?: string | null | undefined;
    email?: string | null | undefined;
    job_title?: string | null | undefined;
    unit_code?: string | undefined;
  },
  now: Date,
) {
  const phone = optionalPhone(input.phone);
  return database.db.transaction(async (tx) => {
    const { member, unit } = await requireMember(tx, actor, code);
    if (!canAdminister(actor, unit)) throw forbidden('sửa thông tin đoàn viên này');
    let target = unit;
    if (input.unit_code !== undefined && input.unit_code !== unit.code) {
      const found = await findUnitByCode(tx, input.unit_code);
      if (!found || !canAdminister(actor, found)) {
        throw new AppError('not_found', 'Không tìm thấy đơn vị.', {
          unit_code: `Không có đơn vị "${input.unit_code}" trong phạm vi bạn quản trị.`,
        });
      }
      requireGrassroots(found, 'unit_code');
      target = found;
    }
    const fullName = input.full_name === undefined ? undefined : normaliseText(input.full_name);
    const updated = await updateMember(tx, member.id, {
      ...(fullName !== undefined ? { fullName, nameFolded: foldVietnamese(fullName) } : {}),
      ...(phone !== undefined ? { phone } : {}),
      ...(input.email !== undefined ? { email: input.email?.toLowerCase() ?? null } : {}),
      ...(input.job_title !== undefined ? { jobTitle: optionalText(input.job_title) ?? null } : {}),
      unitId: target.id,
      updatedAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: actor!.accountId,
      action: 'update',
      entity: 'member',
      entityKey: member.code,
      unitId: target.id,
      before: snapshot(member, unit.code),
      after: snapshot(updated, target.code),
    });
    return presentRosterMember((await findRosterRow(tx, member.code))!);
  });
}
