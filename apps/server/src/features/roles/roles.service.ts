/** Granting and revoking roles: an admin acts at or below its own unit, never above. */
import { toVietnamIso, type Role, type UnitGrant } from '@sangkien/shared';
import type { Database, DbOrTx } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canAdminister, type Actor } from '../access/access.policy.ts';
import { requireUnitPermission } from '../access/access.service.ts';
import { findAccountByLogin, findAccountByMember, type AccountRecord } from '../accounts/accounts.repository.ts';
import { requireLoginId } from '../accounts/accounts.service.ts';
import { listGrants } from '../access/access.repository.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findMemberByCode, findMemberUnit } from '../members/members.repository.ts';
import { findUnitById } from '../units/units.repository.ts';
import { deleteGrant, findGrant, insertGrant, listUnitGrants, type UnitGrantRow } from './roles.repository.ts';

function presentGrant(row: UnitGrantRow, unitCode: string): UnitGrant {
  return {
    id: row.id,
    role: row.role,
    unit_code: unitCode,
    account: {
      id: row.account_id,
      display_name: row.display_name,
      login: row.phone ?? row.email,
      member_code: row.member_code,
    },
    granted_at: toVietnamIso(new Date(row.granted_at)),
    granted_by: row.granted_by,
  };
}

const administer = (db: DbOrTx, actor: Actor | null, code: string) =>
  requireUnitPermission(db, actor, code, canAdminister, 'quản lý vai trò ở đơn vị này');

export async function listUnitRoles(db: DbOrTx, actor: Actor | null, code: string) {
  const { unit } = await administer(db, actor, code);
  return { items: (await listUnitGrants(db, unit.id)).map((row) => presentGrant(row, unit.code)) };
}

/** An account the admin may know of: its member, or one of its roles, lies in the admin's scope. */
async function accountInScope(db: DbOrTx, actor: Actor, account: AccountRecord): Promise<boolean> {
  if (account.memberId !== null) {
    const unit = await findMemberUnit(db, account.memberId);
    if (unit && canAdminister(actor, unit)) return true;
  }
  const grants = await listGrants(db, account.id);
  return grants.some((g) => canAdminister(actor, { id: g.unitId, path: g.unitPath }));
}

async function findGrantee(
  db: DbOrTx,
  actor: Actor,
  input: { login?: string | undefined; member_code?: string | undefined },
): Promise<AccountRecord> {
  if (input.member_code !== undefined) {
    const member = await findMemberByCode(db, input.member_code);
    const unit = member ? await findUnitById(db, member.unitId) : undefined;
    if (!member || !unit || !canAdminister(actor, unit)) throw notFound(`đoàn viên "${input.member_code}"`);
    const account = await findAccountByMember(db, member.id);
    if (!account) {
      throw new AppError('rule_broken', 'Đoàn viên này chưa có tài khoản.', {
        member_code: `Đoàn viên "${member.code}" chưa có tài khoản: hãy để họ tự đăng ký bằng mã tham gia của công đoàn cơ sở trước.`,
      });
    }
    return account;
  }
  const account = await findAccountByLogin(db, requireLoginId(input.login ?? ''));
  if (!account || !(await accountInScope(db, actor, account))) {
    throw new AppError('not_found', 'Không tìm thấy tài khoản.', {
      login: `Không có tài khoản "${input.login}" trong phạm vi bạn quản lý.`,
    });
  }
  return account;
}

export async function grantRole(
  database: Database,
  actor: Actor | null,
  code: string,
  input: { role: Role; login?: string | undefined; member_code?: string | undefined },
  now: Date,
) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await administer(tx, actor, code);
    const account = await findGrantee(tx, admin, input);
    const grant = await insertGrant(tx, {
      accountId: account.id,
      unitId: unit.id,
      role: input.role,
      grantedByAccountId: admin.accountId,
      grantedAt: now,
    });
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'grant',
      entity: 'role',
      entityKey: String(grant.id),
      unitId: unit.id,
      after: { account_id: account.id, display_name: account.displayName, role: input.role, unit_code: unit.code },
    });
    const rows = await listUnitGrants(tx, unit.id);
    return presentGrant(
      rows.find((r) => r.id === grant.id)!,
      unit.code,
    );
  });
}

export async function revokeRole(database: Database, actor: Actor | null, code: string, grantId: number, now: Date) {
  return database.db.transaction(async (tx) => {
    const { actor: admin, unit } = await administer(tx, actor, code);
    const grant = await findGrant(tx, grantId);
    if (!grant || grant.unitId !== unit.id) throw notFound(`vai trò số ${grantId} ở đơn vị "${unit.code}"`);
    await deleteGrant(tx, grant.id);
    await recordAudit(tx, {
      at: now,
      accountId: admin.accountId,
      action: 'revoke',
      entity: 'role',
      entityKey: String(grant.id),
      unitId: unit.id,
      before: { account_id: grant.accountId, role: grant.role, unit_code: unit.code },
    });
    return { revoked: grant.id };
  });
}
