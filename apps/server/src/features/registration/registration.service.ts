/**
 * A member registers with their unit's join code: linked to the roster member of that unit with
 * the same phone, or added to the roster; the account is created and signed in.
 */
import { foldVietnamese, normaliseText, normaliseVietnamesePhone } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { findAccountByLogin, insertAccount } from '../accounts/accounts.repository.ts';
import { openSession, requireGoodPassword, type ClientInfo } from '../accounts/accounts.service.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { newMemberCode } from '../members/member-codes.ts';
import { findUnclaimedMemberByPhone, insertMember, type MemberRecord } from '../members/members.repository.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { unitForJoinCode } from './join-codes.service.ts';

export const PHONE_HINT = 'Số điện thoại di động chưa đúng (ví dụ 0912 345 678).';

export function requirePhone(text: string, field = 'phone'): string {
  const phone = normaliseVietnamesePhone(text);
  if (!phone) throw badRequest('Số điện thoại chưa đúng.', { [field]: PHONE_HINT });
  return phone;
}

export const phoneTaken = (field = 'phone') =>
  new AppError('conflict', 'Số điện thoại này đã có tài khoản.', {
    [field]:
      'Số điện thoại này đã có tài khoản. Hãy đăng nhập; nếu quên mật khẩu, nhờ quản trị công đoàn cơ sở cấp mã đặt lại.',
  });

/** The roster member of `unit` with this phone, or a new one; never one of another unit. */
export async function claimOrAddMember(
  tx: DbOrTx,
  unit: UnitRecord,
  person: { fullName: string; phone: string | null; email?: string | null },
  now: Date,
): Promise<{ member: MemberRecord; linked: boolean }> {
  const existing = person.phone ? await findUnclaimedMemberByPhone(tx, unit.id, person.phone) : undefined;
  if (existing) return { member: existing, linked: true };
  for (;;) {
    const member = await insertMember(tx, {
      code: newMemberCode(),
      fullName: person.fullName,
      nameFolded: foldVietnamese(person.fullName),
      unitId: unit.id,
      phone: person.phone,
      email: person.email ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (member) {
      await recordAudit(tx, {
        at: now,
        action: 'create',
        entity: 'member',
        entityKey: member.code,
        unitId: unit.id,
        after: { code: member.code, full_name: member.fullName, phone: member.phone, source: 'registration' },
      });
      return { member, linked: false };
    }
  }
}

export async function registerWithJoinCode(
  database: Database,
  input: { phone: string; password: string; full_name: string; join_code: string },
  now: Date,
  client: ClientInfo,
) {
  const phone = requirePhone(input.phone);
  const fullName = normaliseText(input.full_name);
  requireGoodPassword(input.password, phone, 'password');
  const unit = await unitForJoinCode(database.db, input.join_code, now);
  const passwordHash = await hashPassword(input.password);
  const { accountId, member, linked } = await database.db.transaction(async (tx) => {
    if (await findAccountByLogin(tx, { kind: 'phone', value: phone })) throw phoneTaken();
    const { member, linked } = await claimOrAddMember(tx, unit, { fullName, phone }, now);
    const account = await insertAccount(tx, {
      phone,
      passwordHash,
      displayName: linked ? member.fullName : fullName,
      memberId: member.id,
      createdAt: now,
      passwordChangedAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: account.id,
      action: 'register',
      entity: 'account',
      entityKey: String(account.id),
      unitId: unit.id,
      after: { phone, member_code: member.code, linked_existing_member: linked },
      ip: client.ip,
    });
    return { accountId: account.id, member, linked };
  });
  const { session, me } = await openSession(database, accountId, now, client);
  return { session, body: { ...me, member_code: member.code, linked_existing_member: linked } };
}
