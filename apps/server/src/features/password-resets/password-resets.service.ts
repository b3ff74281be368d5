/**
 * Password reset without SMS: an admin of the member's unit issues a one-time code (shown once,
 * kept hashed, valid 24 hours) and hands it over; the member sets a new password with it.
 */
import { toVietnamIso } from '@sangkien/shared';
import type { Database } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canAdminister, hasAnyRole, type Actor } from '../access/access.policy.ts';
import { forbidden, requireActor } from '../access/access.service.ts';
import { findAccountByLogin, findAccountByMember, updateAccount } from '../accounts/accounts.repository.ts';
import { openSession, requireGoodPassword, requireLoginId, type ClientInfo } from '../accounts/accounts.service.ts';
import { loginKey } from '../accounts/login-id.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { attemptFailed, attemptSucceeded, beginAttempt, throttleKeys } from '../accounts/throttle.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { sha256 } from '../sessions/secrets.ts';
import { endAllSessions } from '../sessions/sessions.service.ts';
import { findMemberByCode, findMemberUnit } from '../members/members.repository.ts';
import { findOpenReset, insertReset, markResetUsed, retireOpenResets } from './password-resets.repository.ts';
import { cleanResetCode, newResetCode, RESET_CODE_TTL_MS } from './reset-codes.ts';

export async function issuePasswordReset(database: Database, actor: Actor | null, memberCode: string, now: Date) {
  const admin = requireActor(actor);
  return database.db.transaction(async (tx) => {
    const member = await findMemberByCode(tx, memberCode);
    const unit = member ? await findMemberUnit(tx, member.id) : undefined;
    if (!member || !unit || !hasAnyRole(admin, unit.path)) {
      throw notFound(`đoàn viên "${memberCode}"`);
    }
    if (!canAdminister(admin, unit)) throw forbidden('cấp mã đặt lại mật khẩu cho đoàn viên này');
    const account = await findAccountByMember(tx, member.id);
    if (!account) {
      throw new AppError('rule_broken', `Đoàn viên "${member.code}" chưa có tài khoản nên không cần đặt lại mật khẩu.`);
    }
    const code = newResetCode();
    const expiresAt = new Date(now.getTime() + RESET_CODE_TTL_MS);
    await retireOpenResets(tx, account.id, now);
    await insertReset(tx, {
      accountId: account.id,
      codeHash: sha256(cleanResetCode(code)),
      createdByAccountId: admin.accountId,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'issue_password_reset',
      entity: 'account',
      entityKey: String(account.id),
      unitId: unit.id,
      after: { member_code: member.code, expires_at: toVietnamIso(expiresAt) },
    });
    return {
      member_code: member.code,
      login: account.phone ?? account.email!,
      code,
      expires_at: toVietnamIso(expiresAt),
    };
  });
}

const badCode = () =>
  new AppError('rule_broken', 'Mã đặt lại mật khẩu không đúng hoặc đã hết hạn.', {
    code: 'Mã không đúng, đã dùng hoặc đã quá 24 giờ. Hãy nhờ quản trị công đoàn cơ sở cấp mã mới.',
  });

/** The member sets a new password with the code; every old session ends and a new one starts. */
export async function completePasswordReset(
  database: Database,
  input: { login: string; code: string; new_password: string },
  now: Date,
  client: ClientInfo,
) {
  const id = requireLoginId(input.login);
  const keys = throttleKeys(`reset:${loginKey(id)}`, client.ip);
  await beginAttempt(database, keys, now);
  const account = await findAccountByLogin(database.db, id);
  const reset = account
    ? await findOpenReset(database.db, account.id, sha256(cleanResetCode(input.code)), now)
    : undefined;
  if (!account || !reset) {
    await attemptFailed(database, keys, now);
    throw badCode();
  }
  await attemptSucceeded(database, keys);
  requireGoodPassword(input.new_password, account.phone ?? account.email, 'new_password');
  const passwordHash = await hashPassword(input.new_password);
  await database.db.transaction(async (tx) => {
    await markResetUsed(tx, reset.id, now);
    await updateAccount(tx, account.id, { passwordHash, passwordChangedAt: now });
    await endAllSessions(tx, account.id);
    const unit = account.memberId ? await findMemberUnit(tx, account.memberId) : undefined;
    await recordAudit(tx, {
      at: now,
      accountId: account.id,
      action: 'reset_password',
      entity: 'account',
      entityKey: String(account.id),
      unitId: unit?.id ?? null,
      ip: client.ip,
    });
  });
  return openSession(database, account.id, now, client);
}
