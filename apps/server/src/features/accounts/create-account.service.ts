/** `sangkien account create`: an operator makes an account (the first national admin) with roles. */
import { ROLES, normaliseText, type Role } from '@sangkien/shared';
import type { Database } from '../../db/client.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { insertGrant } from '../roles/roles.repository.ts';
import { findUnitByCode } from '../units/units.repository.ts';
import { findAccountByLogin, insertAccount } from './accounts.repository.ts';
import { requireGoodPassword, requireLoginId } from './accounts.service.ts';
import { hashPassword } from './passwords.ts';

/** `admin@TW` → role and unit code. */
export function parseRoleAtUnit(text: string): { role: Role; unitCode: string } {
  const [role, unitCode, ...rest] = text.split('@');
  if (!role || !unitCode || rest.length > 0 || !(ROLES as readonly string[]).includes(role)) {
    throw badRequest(`Vai trò "${text}" không đúng dạng VAI_TRÒ@MÃ_ĐƠN_VỊ (vai trò: ${ROLES.join(', ')}).`);
  }
  return { role: role as Role, unitCode };
}

export async function createAccountByOperator(
  database: Database,
  input: { login: string; password: string; name?: string; roles: string[] },
  now: Date,
) {
  const login = requireLoginId(input.login);
  requireGoodPassword(input.password, login.value, 'password');
  const roles = input.roles.map(parseRoleAtUnit);
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    if (await findAccountByLogin(tx, login)) {
      throw new AppError('conflict', `Đã có tài khoản đăng nhập bằng ${login.value}.`);
    }
    const account = await insertAccount(tx, {
      phone: login.kind === 'phone' ? login.value : null,
      email: login.kind === 'email' ? login.value : null,
      passwordHash,
      displayName: normaliseText(input.name ?? login.value),
      createdAt: now,
      passwordChangedAt: now,
    });
    await recordAudit(tx, {
      at: now,
      action: 'create',
      entity: 'account',
      entityKey: String(account.id),
      after: { login: login.value, display_name: account.displayName, source: 'cli' },
    });
    const granted: Array<{ role: Role; unit_code: string }> = [];
    for (const { role, unitCode } of roles) {
      const unit = await findUnitByCode(tx, unitCode);
      if (!unit) throw new AppError('not_found', `Không tìm thấy đơn vị "${unitCode}".`);
      await insertGrant(tx, { accountId: account.id, unitId: unit.id, role, grantedAt: now });
      await recordAudit(tx, {
        at: now,
        action: 'grant',
        entity: 'role',
        entityKey: `${account.id}:${role}@${unit.code}`,
        unitId: unit.id,
        after: { account_id: account.id, role, unit_code: unit.code },
      });
      granted.push({ role, unit_code: unit.code });
    }
    return { account_id: account.id, login: login.value, roles: granted };
  });
}
