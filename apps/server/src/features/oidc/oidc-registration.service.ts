/** The first sign-on of someone on no roster: they give their unit's join code to finish. */
import { normaliseText, toVietnamIso } from '@sangkien/shared';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { AppError, badRequest } from '../../http/errors.ts';
import { findAccountByLogin, insertAccount } from '../accounts/accounts.repository.ts';
import { openSession, type ClientInfo } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { unitForJoinCode } from '../registration/join-codes.service.ts';
import { claimOrAddMember, phoneTaken, requirePhone } from '../registration/registration.service.ts';
import { sha256 } from '../sessions/secrets.ts';
import { findFlowByPendingToken, insertIdentity, updateFlow, type OidcLoginRecord } from './oidc.repository.ts';
import { requireProvider } from './oidc.service.ts';

const expired = () =>
  new AppError('not_found', 'Phiên đăng ký qua tài khoản liên kết đã hết hạn. Hãy đăng nhập lại từ đầu.');

async function requirePending(database: Database, token: string, now: Date): Promise<OidcLoginRecord> {
  const flow = await findFlowByPendingToken(database.db, sha256(token));
  if (!flow || flow.completedAt || flow.expiresAt <= now || !flow.subject) throw expired();
  return flow;
}

export async function describePending(database: Database, config: Config, token: string, now: Date) {
  const flow = await requirePending(database, token, now);
  return {
    provider: requireProvider(config, flow.provider).name,
    full_name: flow.fullName,
    email: flow.email,
    phone: flow.phone,
    expires_at: toVietnamIso(flow.expiresAt),
  };
}

export async function completePendingSignOn(
  database: Database,
  input: { pending_token: string; join_code: string; full_name?: string | undefined; phone?: string | undefined },
  now: Date,
  client: ClientInfo,
) {
  const flow = await requirePending(database, input.pending_token, now);
  const phone = flow.phone ?? (input.phone ? requirePhone(input.phone) : null);
  if (!phone && !flow.email) {
    throw badRequest('Cần số điện thoại để đăng nhập lần sau.', { phone: 'Hãy nhập số điện thoại di động của bạn.' });
  }
  const fullName = normaliseText(input.full_name ?? flow.fullName ?? '');
  if (!fullName) throw badRequest('Cần họ và tên.', { full_name: 'Hãy nhập họ và tên của bạn.' });
  const unit = await unitForJoinCode(database.db, input.join_code, now);
  const result = await database.db.transaction(async (tx) => {
    if (phone && (await findAccountByLogin(tx, { kind: 'phone', value: phone }))) throw phoneTaken();
    if (flow.email && (await findAccountByLogin(tx, { kind: 'email', value: flow.email }))) {
      throw new AppError('conflict', 'E-mail này đã có tài khoản: hãy đăng nhập bằng tài khoản đó.');
    }
    const { member, linked } = await claimOrAddMember(tx, unit, { fullName, phone, email: flow.email }, now);
    const account = await insertAccount(tx, {
      phone,
      email: flow.email,
      displayName: linked ? member.fullName : fullName,
      memberId: member.id,
      createdAt: now,
    });
    await insertIdentity(tx, {
      accountId: account.id,
      issuer: flow.issuer!,
      subject: flow.subject!,
      email: flow.email,
      phone: flow.phone,
      createdAt: now,
    });
    await updateFlow(tx, flow.id, { completedAt: now });
    await recordAudit(tx, {
      at: now,
      accountId: account.id,
      action: 'register',
      entity: 'account',
      entityKey: String(account.id),
      unitId: unit.id,
      after: { member_code: member.code, linked_existing_member: linked, source: `oidc:${flow.provider}` },
      ip: client.ip,
    });
    return { accountId: account.id, memberCode: member.code, linked };
  });
  const { session, me } = await openSession(database, result.accountId, now, client);
  return { session, body: { ...me, member_code: result.memberCode, linked_existing_member: result.linked } };
}
